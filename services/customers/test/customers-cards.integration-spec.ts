/**
 * Issue 4 part 3 (R-RT-1, R-RT-2): cards (issue, replace, revoke) and recognition by card and by phone,
 * answered from Redis with PostgreSQL as the truth and invalidated after every change that affects it.
 */
import {
  as,
  outboxEvents,
  rowCounts,
  startCustomersStack,
  type CustomersStack,
} from './support/customers-test-stack';
import { testId } from '@crm/testing';

let stack: CustomersStack;
beforeAll(async () => {
  stack = await startCustomersStack();
}, 30_000);
afterAll(() => stack?.stop());

const api: CustomersStack['api'] = (...args) => stack.api(...args);
const cached = (key: string) => stack.redis.get(`${stack.redisPrefix}${key}`);

async function customer(body: Record<string, unknown>) {
  const r = await api('/api/v1/customers', { method: 'POST', body: { kind: 'INDIVIDUAL', ...body } });
  expect(r.status).toBe(201);
  return r.body;
}

describe('cards and recognition', () => {
  it('issues a card, normalising its UID, and finds the customer by it (from Redis after the first tap)', async () => {
    const c = await customer({ name: '刷卡客户', phones: ['13811110001'] });
    const issued = await api(`/api/v1/customers/${c.id}/cards`, {
      method: 'POST',
      body: { uid: '04:a2:24:b2:c3:5e:80' },
    });
    expect(issued.status).toBe(201);
    expect(issued.body.card).toMatchObject({
      uid: '04A224B2C35E80',
      status: 'ACTIVE',
      customerId: c.id,
      issuedBy: 'test-admin',
    });
    expect(issued.body.customer.cards).toHaveLength(1);

    expect(await cached('card:04A224B2C35E80')).toBeNull();
    const tap = await api('/api/v1/customer-lookups/card?uid=04 A2 24 B2 C3 5E 80');
    expect(tap.status).toBe(200);
    expect(tap.body).toMatchObject({
      customer: { id: c.id, name: '刷卡客户' },
      card: { uid: '04A224B2C35E80' },
    });
    expect(JSON.parse((await cached('card:04A224B2C35E80'))!).customers[0].id).toBe(c.id);
    // The cached answer serves the next tap; the row is not read again (prove it by changing it behind
    // the service's back: only a write through the service invalidates).
    await stack.pool.query("UPDATE customers SET name = '改名' WHERE id = $1", [c.id]);
    expect((await api('/api/v1/customer-lookups/card?uid=04a224b2c35e80')).body.customer.name).toBe(
      '刷卡客户',
    );

    const taken = await customer({ name: '另一个' });
    const clash = await api(`/api/v1/customers/${taken.id}/cards`, {
      method: 'POST',
      body: { uid: '04A224B2C35E80' },
    });
    expect(clash).toMatchObject({ status: 409, body: { code: 'ALREADY_EXISTS' } });

    const events = await outboxEvents(stack.pool, 'crm.customers.card.%');
    expect(events.map((e) => e.subject)).toEqual(['crm.customers.card.issued']);
  });

  it('replaces a lost card in one step: the old UID stops resolving at once, also from Redis', async () => {
    const c = await customer({ name: '丢卡客户' });
    const { body: issued } = await api(`/api/v1/customers/${c.id}/cards`, {
      method: 'POST',
      body: { uid: 'DEADBEEF' },
    });
    expect((await api('/api/v1/customer-lookups/card?uid=DEADBEEF')).status).toBe(200);
    expect(await cached('card:DEADBEEF')).not.toBeNull();
    // Someone tapped the new card before it was issued: "unknown" is cached too.
    expect((await api('/api/v1/customer-lookups/card?uid=CAFEBABE')).status).toBe(404);
    expect(JSON.parse((await cached('card:CAFEBABE'))!)).toEqual({ customers: [] });

    const replaced = await api(`/api/v1/customers/${c.id}/cards/${issued.card.id}/replace`, {
      method: 'POST',
      body: { newUid: 'cafebabe', reason: '丢失' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.oldCard).toMatchObject({
      status: 'REPLACED',
      revokeReason: '丢失',
      replacedByCardId: replaced.body.newCard.id,
    });
    expect(replaced.body.newCard).toMatchObject({ uid: 'CAFEBABE', status: 'ACTIVE' });

    expect(await cached('card:DEADBEEF')).toBeNull();
    expect(await cached('card:CAFEBABE')).toBeNull();
    expect((await api('/api/v1/customer-lookups/card?uid=DEADBEEF')).status).toBe(404);
    expect((await api('/api/v1/customer-lookups/card?uid=CAFEBABE')).body.customer.id).toBe(c.id);
    const { rows } = await stack.pool.query(
      'SELECT uid, status FROM customer_cards WHERE customer_id = $1 ORDER BY issued_at',
      [c.id],
    );
    expect(rows).toEqual([
      { uid: 'DEADBEEF', status: 'replaced' },
      { uid: 'CAFEBABE', status: 'active' },
    ]);

    // The replaced card cannot be replaced or revoked again; the old UID may be issued anew.
    const again = await api(`/api/v1/customers/${c.id}/cards/${issued.card.id}/revoke`, {
      method: 'POST',
      body: {},
    });
    expect(again.status).toBe(422);
    const found = await customer({ name: '捡到卡的人' });
    expect(
      (await api(`/api/v1/customers/${found.id}/cards`, { method: 'POST', body: { uid: 'DEADBEEF' } }))
        .status,
    ).toBe(201);
    expect((await api('/api/v1/customer-lookups/card?uid=DEADBEEF')).body.customer.id).toBe(found.id);

    const revoked = await api(`/api/v1/customers/${c.id}/cards/${replaced.body.newCard.id}/revoke`, {
      method: 'POST',
      body: { reason: '退卡' },
    });
    expect(revoked.body.card).toMatchObject({ status: 'REVOKED', revokeReason: '退卡' });
    expect((await api('/api/v1/customer-lookups/card?uid=CAFEBABE')).status).toBe(404);
    const subjects = (await outboxEvents(stack.pool, 'crm.customers.card.%')).map((e) => e.subject);
    expect(subjects).toEqual(
      expect.arrayContaining(['crm.customers.card.replaced', 'crm.customers.card.revoked']),
    );
  });

  it('finds a caller by any phone format, contacts included, and forgets a changed phone at once', async () => {
    const c = await customer({
      name: '来电客户',
      phones: ['13922220001'],
      contacts: [{ name: '会计', phones: ['0755-8888 6666'] }],
    });
    const byMobile = await api(
      `/api/v1/customer-lookups/phone?phone=${encodeURIComponent('+86 139 2222 0001')}`,
    );
    expect(byMobile.body).toMatchObject({ phone: '+8613922220001', items: [{ id: c.id }] });
    const byContact = await api(
      `/api/v1/customer-lookups/phone?phone=${encodeURIComponent('(0755) 88886666')}`,
    );
    expect(byContact.body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect(await cached('phone:+8613922220001')).not.toBeNull();

    const changed = await api(`/api/v1/customers/${c.id}`, {
      method: 'PATCH',
      body: { version: 1, phones: ['13922220002'] },
    });
    expect(changed.status).toBe(200);
    expect(await cached('phone:+8613922220001')).toBeNull();
    expect((await api('/api/v1/customer-lookups/phone?phone=13922220001')).body.items).toEqual([]);
    expect((await api('/api/v1/customer-lookups/phone?phone=139-2222-0002')).body.items[0]).toMatchObject({
      id: c.id,
      version: 2,
    });

    const bad = await api(`/api/v1/customer-lookups/phone?phone=${encodeURIComponent("1' OR 1=1")}`);
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ field: 'phone' }] } });
    expect((await api('/api/v1/customer-lookups/card?uid=XYZ')).status).toBe(400);
  });

  it('hides deleted customers from lookups at once and brings them back on restore', async () => {
    const c = await customer({ name: '回收客户', phones: ['13933330001'] });
    await api(`/api/v1/customers/${c.id}/cards`, { method: 'POST', body: { uid: '0A0B0C0D' } });
    expect((await api('/api/v1/customer-lookups/card?uid=0A0B0C0D')).status).toBe(200);
    expect((await api('/api/v1/customer-lookups/phone?phone=13933330001')).body.items).toHaveLength(1);
    expect((await api(`/api/v1/customers/${c.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api('/api/v1/customer-lookups/card?uid=0A0B0C0D')).status).toBe(404);
    expect((await api('/api/v1/customer-lookups/phone?phone=13933330001')).body.items).toEqual([]);
    expect((await api(`/api/v1/recycle-bin/customers/${c.id}/restore`, { method: 'POST' })).status).toBe(200);
    expect((await api('/api/v1/customer-lookups/card?uid=0A0B0C0D')).body.customer.id).toBe(c.id);
    // Card operations on a deleted record are refused.
    await api(`/api/v1/customers/${c.id}`, { method: 'DELETE' });
    expect(
      (await api(`/api/v1/customers/${c.id}/cards`, { method: 'POST', body: { uid: '0A0B0C0E' } })).status,
    ).toBe(422);
  });

  it('limits lookups to the caller’s data scope and card operations to customers.cards', async () => {
    const c = await customer({ name: '东区客户', branchId: testId('east'), phones: ['13944440001'] });
    await api(`/api/v1/customers/${c.id}/cards`, { method: 'POST', body: { uid: '11223344' } });
    const read = ['customers.read'];
    const westStaff = await as({
      userId: testId('w1'),
      branchId: testId('west'),
      dataScope: 'branch',
      permissions: read,
    });
    const eastStaff = await as({
      userId: testId('e1'),
      branchId: testId('east'),
      dataScope: 'branch',
      permissions: read,
    });
    const eastOther = await as({
      userId: testId('e2'),
      branchId: testId('east'),
      dataScope: 'own',
      permissions: read,
    });
    const eastOwner = await as({
      userId: 'test-admin',
      branchId: testId('east'),
      dataScope: 'own',
      permissions: read,
    });
    const lookup = (h: Record<string, string>) =>
      api('/api/v1/customer-lookups/card?uid=11223344', { headers: h });
    expect((await lookup(westStaff)).status).toBe(404);
    expect((await lookup(eastStaff)).status).toBe(200);
    expect((await lookup(eastOther)).status).toBe(404);
    expect((await lookup(eastOwner)).status).toBe(200);
    expect(
      (await api('/api/v1/customer-lookups/phone?phone=13944440001', { headers: westStaff })).body.items,
    ).toEqual([]);

    const before = await rowCounts(stack.pool);
    const noCards = await as({
      branchId: testId('east'),
      dataScope: 'branch',
      permissions: ['customers.read', 'customers.update'],
    });
    expect(
      (
        await api(`/api/v1/customers/${c.id}/cards`, {
          method: 'POST',
          body: { uid: '55667788' },
          headers: noCards,
        })
      ).status,
    ).toBe(403);
    const westCards = await as({
      branchId: testId('west'),
      dataScope: 'branch',
      permissions: ['customers.cards'],
    });
    expect(
      (
        await api(`/api/v1/customers/${c.id}/cards`, {
          method: 'POST',
          body: { uid: '55667788' },
          headers: westCards,
        })
      ).status,
    ).toBe(404);
    for (const uid of ['123', 'GGGGGGGG', '00112233445566778899AA', "11'; DROP TABLE customer_cards;--"]) {
      expect((await api(`/api/v1/customers/${c.id}/cards`, { method: 'POST', body: { uid } })).status).toBe(
        400,
      );
    }
    expect(await rowCounts(stack.pool)).toEqual(before);
  });
});
