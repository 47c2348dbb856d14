/**
 * Issue 4 part 4 (R-CUS-6): the duplicate check across owners, branches and the pool regardless of
 * the caller's scope, acknowledgement, entry review with approval or rejection, and merging.
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
const manager = (userId: string, branchId: string) =>
  as({
    userId,
    branchId,
    departmentId: testId('sales'),
    dataScope: 'own',
    roles: ['account_manager'],
    permissions: ['customers.read', 'customers.create', 'customers.update'],
  });

describe('duplicate check (查重)', () => {
  it('finds a match owned by another salesperson in another branch, and shows only a summary', async () => {
    const original = await api('/api/v1/customers', {
      method: 'POST',
      body: {
        kind: 'COMPANY',
        name: '青山家禽养殖场',
        phones: ['138 0013 8000'],
        branchId: testId('north'),
        ownerId: testId('u-north'),
      },
    });
    expect(original.status).toBe(201);

    const south = await manager('u-south', 'south');
    const before = await rowCounts(stack.pool);
    const refused = await api('/api/v1/customers', {
      method: 'POST',
      headers: south,
      body: { kind: 'COMPANY', name: '青山 家禽养殖场', phones: ['+86-138-0013-8000'] },
    });
    expect(refused.status).toBe(409);
    expect(refused.type).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'ALREADY_EXISTS', status: 409 });
    expect(refused.body.duplicates).toEqual([
      {
        customerId: original.body.id,
        name: '青山家禽养殖场',
        maskedPhone: '+86138****8000',
        ownerId: testId('u-north'),
        branchId: testId('north'),
        matchedOn: ['name', 'phone'],
        inScope: false,
        status: 'ACTIVE',
      },
    ]);
    expect(JSON.stringify(refused.body)).not.toContain('13800138000');
    expect(await rowCounts(stack.pool)).toEqual(before);
    // The record itself stays out of reach.
    expect((await api(`/api/v1/customers/${original.body.id}`, { headers: south })).status).toBe(404);

    const byPhoneOnly = await api('/api/v1/customers', {
      method: 'POST',
      headers: south,
      body: { kind: 'INDIVIDUAL', name: '别名', contacts: [{ name: '联系人', phones: ['13800138000'] }] },
    });
    expect(byPhoneOnly.status).toBe(409);
    expect(byPhoneOnly.body.duplicates[0].matchedOn).toEqual(['phone']);

    const acknowledged = await api('/api/v1/customers', {
      method: 'POST',
      headers: south,
      body: { kind: 'COMPANY', name: '青山家禽养殖场', acknowledgeDuplicates: true },
    });
    expect(acknowledged.status).toBe(201);
    expect(acknowledged.body.duplicates).toEqual([
      expect.objectContaining({ customerId: original.body.id, matchedOn: ['name'] }),
    ]);
  });

  it('finds records in the public pool and is offered as its own endpoint', async () => {
    const pooled = await api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'INDIVIDUAL', name: '公海客户', phones: ['13655550001'], branchId: testId('pool') },
    });
    await stack.pool.query('UPDATE customers SET owner_id = NULL WHERE id = $1', [pooled.body.id]);
    const check = await api('/api/v1/customers/duplicate-check', {
      method: 'POST',
      headers: await manager('u-x', 'elsewhere'),
      body: { name: '新名字', phones: ['136 5555 0001'] },
    });
    expect(check.body.duplicates).toEqual([
      expect.objectContaining({
        customerId: pooled.body.id,
        ownerId: null,
        matchedOn: ['phone'],
        inScope: false,
      }),
    ]);
    const self = await api('/api/v1/customers/duplicate-check', {
      method: 'POST',
      body: { name: '公海客户', excludeCustomerId: pooled.body.id },
    });
    expect(self.body.duplicates).toEqual([]);
  });

  it('checks an update’s new name or phone too, but not values the record already had', async () => {
    await api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'COMPANY', name: '更新甲', phones: ['13766660001'] },
    });
    const { body: b } = await api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'COMPANY', name: '更新乙', phones: ['13766660002'] },
    });
    const refused = await api(`/api/v1/customers/${b.id}`, {
      method: 'PATCH',
      body: { version: 1, phones: ['13766660002', '13766660001'] },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.duplicates.map((d: { name: string }) => d.name)).toEqual(['更新甲']);
    const ok = await api(`/api/v1/customers/${b.id}`, {
      method: 'PATCH',
      body: { version: 1, phones: ['13766660002', '13766660001'], acknowledgeDuplicates: true },
    });
    expect(ok.status).toBe(200);
    expect(
      (await api(`/api/v1/customers/${b.id}`, { method: 'PATCH', body: { version: 2, notes: '只改备注' } }))
        .status,
    ).toBe(200);
  });

  it('sends duplicates to a supervisor when the branch requires review; approval and rejection', async () => {
    expect(
      (
        await api(`/api/v1/customer-settings/${testId('review')}`, {
          method: 'PUT',
          body: { entryReview: 'DUPLICATES' },
        })
      ).body,
    ).toMatchObject({ branchId: testId('review'), entryReview: 'DUPLICATES', version: 1 });
    const sales = await as({
      userId: testId('u-rev'),
      branchId: testId('review'),
      dataScope: 'own',
      permissions: ['customers.read', 'customers.create'],
    });
    const first = await api('/api/v1/customers', {
      method: 'POST',
      headers: sales,
      body: { kind: 'COMPANY', name: '审核客户' },
    });
    expect(first.body.status).toBe('ACTIVE');
    const second = await api('/api/v1/customers', {
      method: 'POST',
      headers: sales,
      body: { kind: 'COMPANY', name: '审核客户' },
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ status: 'PENDING_REVIEW' });
    expect(second.body.duplicates[0].customerId).toBe(first.body.id);
    const third = await api('/api/v1/customers', {
      method: 'POST',
      headers: sales,
      body: { kind: 'COMPANY', name: '审核客户' },
    });

    const pending = await api(`/api/v1/customers?branchId=${testId('review')}&status=PENDING_REVIEW`);
    expect(pending.body.items.map((c: { id: string }) => c.id).sort()).toEqual(
      [second.body.id, third.body.id].sort(),
    );

    expect(
      (await api(`/api/v1/customers/${second.body.id}/approve`, { method: 'POST', headers: sales, body: {} }))
        .status,
    ).toBe(403);
    const supervisor = await as({
      userId: testId('u-sup'),
      branchId: testId('review'),
      dataScope: 'branch',
      permissions: ['customers.read', 'customers.review'],
    });
    const ownEntry = await as({
      userId: testId('u-rev'),
      branchId: testId('review'),
      dataScope: 'branch',
      permissions: ['customers.review'],
    });
    expect(
      (
        await api(`/api/v1/customers/${second.body.id}/approve`, {
          method: 'POST',
          headers: ownEntry,
          body: {},
        })
      ).status,
    ).toBe(403);
    const approved = await api(`/api/v1/customers/${second.body.id}/approve`, {
      method: 'POST',
      headers: supervisor,
      body: { note: '确认是分场' },
    });
    expect(approved.body).toMatchObject({
      status: 'ACTIVE',
      reviewedBy: testId('u-sup'),
      reviewNote: '确认是分场',
    });
    expect(
      (
        await api(`/api/v1/customers/${second.body.id}/approve`, {
          method: 'POST',
          headers: supervisor,
          body: {},
        })
      ).status,
    ).toBe(422);
    const rejected = await api(`/api/v1/customers/${third.body.id}/reject`, {
      method: 'POST',
      headers: supervisor,
      body: { reason: '重复录入' },
    });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', reviewNote: '重复录入' });
    const audits = (await outboxEvents(stack.pool, 'crm.customers.audit.recorded')).map(
      (e) => e.payload.action,
    );
    expect(audits).toEqual(
      expect.arrayContaining(['customer.approved', 'customer.rejected', 'settings.updated']),
    );

    await api(`/api/v1/customer-settings/${testId('review')}`, {
      method: 'PUT',
      body: { entryReview: 'ALL' },
    });
    const any = await api('/api/v1/customers', {
      method: 'POST',
      headers: sales,
      body: { kind: 'COMPANY', name: '全新客户' },
    });
    expect(any.body.status).toBe('PENDING_REVIEW');
    const current = (await api(`/api/v1/customer-settings/${testId('review')}`)).body;
    expect(current.entryReview).toBe('ALL');

    // A save based on an older version is refused and changes nothing; one based on this one passes.
    const stale = await api(`/api/v1/customer-settings/${testId('review')}`, {
      method: 'PUT',
      body: { entryReview: 'NONE', version: current.version - 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CONFLICT' });
    expect((await api(`/api/v1/customer-settings/${testId('review')}`)).body).toMatchObject({
      entryReview: 'ALL',
      version: current.version,
    });
    const based = await api(`/api/v1/customer-settings/${testId('review')}`, {
      method: 'PUT',
      body: { entryReview: 'ALL', churnAtRiskDays: 60, version: current.version },
    });
    expect(based.body).toMatchObject({ churnAtRiskDays: 60, version: current.version + 1 });
    expect(
      (
        await api(`/api/v1/customer-settings/${testId('review')}`, {
          method: 'PUT',
          headers: sales,
          body: { entryReview: 'NONE' },
        })
      ).status,
    ).toBe(403);
  });

  it('serialises concurrent entries of the same customer: exactly one gets through', async () => {
    const body = { kind: 'COMPANY', name: '并发客户', phones: ['13577770001'] };
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => api('/api/v1/customers', { method: 'POST', body })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
  });
});

describe('merge', () => {
  it('moves contacts, cards, phones and tags to the target and deletes the source', async () => {
    const { body: target } = await api('/api/v1/customers', {
      method: 'POST',
      body: {
        kind: 'COMPANY',
        name: '合并目标',
        phones: ['13588880001'],
        tags: ['甲'],
        contacts: [{ name: '目标联系人' }],
      },
    });
    const { body: source } = await api('/api/v1/customers', {
      method: 'POST',
      body: {
        kind: 'COMPANY',
        name: '合并来源',
        phones: ['13588880002'],
        tags: ['乙', '甲'],
        email: 'src@example.cn',
        contacts: [{ name: '来源联系人', phones: ['13588880003'] }],
      },
    });
    const { body: card } = await api(`/api/v1/customers/${source.id}/cards`, {
      method: 'POST',
      body: { uid: 'AABBCCDD' },
    });
    expect((await api('/api/v1/customer-lookups/card?uid=AABBCCDD')).body.customer.id).toBe(source.id);

    const updater = await as({ permissions: ['customers.read', 'customers.update'] });
    expect(
      (
        await api(`/api/v1/customers/${target.id}/merge`, {
          method: 'POST',
          headers: updater,
          body: { sourceId: source.id },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api(`/api/v1/customers/${target.id}/merge`, { method: 'POST', body: { sourceId: target.id } }))
        .status,
    ).toBe(400);

    const merged = await api(`/api/v1/customers/${target.id}/merge`, {
      method: 'POST',
      body: { sourceId: source.id },
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      id: target.id,
      name: '合并目标',
      phones: ['+8613588880001', '+8613588880002'],
      tags: ['甲', '乙'],
      email: 'src@example.cn',
      version: 2,
    });
    expect(merged.body.contacts.map((c: { name: string }) => c.name)).toEqual(['目标联系人', '来源联系人']);
    expect(merged.body.cards).toEqual([
      expect.objectContaining({ id: card.card.id, customerId: target.id, uid: 'AABBCCDD' }),
    ]);

    const gone = await api(`/api/v1/customers/${source.id}`);
    expect(gone.body).toMatchObject({ mergedInto: target.id, contacts: [], cards: [] });
    expect(gone.body.deletedAt).not.toBeNull();
    expect((await api('/api/v1/customer-lookups/card?uid=AABBCCDD')).body.customer.id).toBe(target.id);
    expect(
      (await api('/api/v1/customer-lookups/phone?phone=13588880003')).body.items.map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([target.id]);
    expect((await api(`/api/v1/recycle-bin/customers/${source.id}/restore`, { method: 'POST' })).status).toBe(
      422,
    );
    const event = (await outboxEvents(stack.pool, 'crm.customers.customer.merged'))[0]!;
    expect(event.payload).toMatchObject({ sourceId: source.id, movedCardIds: [card.card.id] });
    expect(
      (await api(`/api/v1/customers/${target.id}/merge`, { method: 'POST', body: { sourceId: source.id } }))
        .status,
    ).toBe(422);
  });

  it('moves timeline rows to the target, those fed by events too', async () => {
    const { body: t } = await api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'COMPANY', name: '时间线目标' },
    });
    const { body: s } = await api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'COMPANY', name: '时间线来源' },
    });
    expect(
      (
        await api(`/api/v1/customers/${s.id}/timeline`, {
          method: 'POST',
          body: { kind: 'VISIT', summary: '拜访' },
        })
      ).status,
    ).toBe(201);
    await stack.pool.query(
      `INSERT INTO customer_timeline (id, customer_id, branch_id, kind, occurred_at, summary, source_event_id)
       VALUES (gen_random_uuid(), $1, $2, 'call_in', now(), '来电', 'evt-merge-1')`,
      [s.id, s.branchId],
    );
    expect(
      (await api(`/api/v1/customers/${t.id}/merge`, { method: 'POST', body: { sourceId: s.id } })).status,
    ).toBe(200);
    const { rows } = await stack.pool.query(
      'SELECT customer_id, summary FROM customer_timeline WHERE customer_id = ANY($1) ORDER BY summary',
      [[t.id, s.id]],
    );
    expect(rows).toEqual([
      { customer_id: t.id, summary: '拜访' },
      { customer_id: t.id, summary: '来电' },
    ]);
  });
});
