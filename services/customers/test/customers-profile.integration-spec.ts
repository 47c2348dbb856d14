/**
 * Issue 4 part 1 (R-CUS-1): the full profile with contacts, phones in any format, custom fields
 * validated against per-branch definitions, optimistic concurrency, bad input stored nowhere, and
 * every change published with its audit entry through the outbox.
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

describe('customer profile', () => {
  it('creates a full profile, normalising phones and keeping contacts in their own table', async () => {
    const created = await api('/api/v1/customers', {
      method: 'POST',
      body: {
        kind: 'COMPANY',
        name: '  绿源家禽养殖场 ',
        phones: ['138 0013 8001', '+86 (010) 6552-9988'],
        email: 'farm@example.cn',
        address: { province: '山东省', city: '潍坊市', district: '寿光市', detail: '洛城街道 88 号' },
        contacts: [
          {
            name: '王大山',
            title: '场长',
            phones: ['139-0013-9000'],
            email: 'wang@example.cn',
            birthday: '1975-06-01',
          },
          { name: '李梅', phones: ['+1 415 555 0100'] },
        ],
        source: '展会',
        tags: ['肉鸡', '大客户', '肉鸡'],
        notes: '每周二提货\n需要发票',
        level: 'HIGH_INTENT',
        customerClass: 'A',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '绿源家禽养殖场',
      phone: '+8613800138001',
      phones: ['+8613800138001', '+861065529988'],
      address: { province: '山东省', city: '潍坊市', district: '寿光市', detail: '洛城街道 88 号' },
      contacts: [
        { name: '王大山', title: '场长', phones: ['+8613900139000'], birthday: '1975-06-01' },
        { name: '李梅', title: null, phones: ['+14155550100'], birthday: null },
      ],
      source: '展会',
      tags: ['肉鸡', '大客户'],
      notes: '每周二提货\n需要发票',
      level: 'HIGH_INTENT',
      customerClass: 'A',
      status: 'ACTIVE',
      version: 1,
      purchaseQuantity: 0,
      cards: [],
      deletedAt: null,
      createdBy: 'test-admin',
    });
    expect(created.body.duplicates).toBeUndefined();
    const { rows } = await stack.pool.query(
      'SELECT name, position FROM customer_contacts WHERE customer_id = $1 ORDER BY position',
      [created.body.id],
    );
    expect(rows).toEqual([
      { name: '王大山', position: 0 },
      { name: '李梅', position: 1 },
    ]);
    expect((await api(`/api/v1/customers/${created.body.id}`)).body).toEqual(created.body);
  });

  it('validates custom fields against the branch definitions (text, number, date, option)', async () => {
    const defs = [
      { key: 'flock_size', label: '存栏量', type: 'NUMBER', required: true },
      { key: 'since', label: '合作起始', type: 'DATE' },
      { key: 'breed', label: '品种', type: 'OPTION', options: ['白羽', '黄羽'] },
      { key: 'remark', label: '备注', type: 'TEXT' },
    ];
    for (const d of defs) {
      const r = await api('/api/v1/customer-field-definitions', {
        method: 'POST',
        body: { branchId: testId('cf'), ...d },
      });
      expect(r.status).toBe(201);
    }
    const dupKey = await api('/api/v1/customer-field-definitions', {
      method: 'POST',
      body: { branchId: testId('cf'), key: 'breed', label: 'x', type: 'TEXT' },
    });
    expect(dupKey.status).toBe(409);
    const badDef = await api('/api/v1/customer-field-definitions', {
      method: 'POST',
      body: { branchId: testId('cf'), key: 'Bad Key', label: '', type: 'OPTION' },
    });
    expect(badDef.status).toBe(400);
    expect(badDef.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'key',
      'label',
      'options',
    ]);

    const list = await api(`/api/v1/customer-field-definitions?branchId=${testId('cf')}`);
    expect(list.body.items.map((d: { key: string }) => d.key).sort()).toEqual([
      'breed',
      'flock_size',
      'remark',
      'since',
    ]);

    const before = await rowCounts(stack.pool);
    const bad = await api('/api/v1/customers', {
      method: 'POST',
      body: {
        kind: 'COMPANY',
        name: '字段测试',
        branchId: testId('cf'),
        customFields: { since: '2023-02-30', breed: '黑羽', remark: 5, color: 'red' },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'customFields.breed',
      'customFields.color',
      'customFields.flock_size',
      'customFields.remark',
      'customFields.since',
    ]);
    expect(await rowCounts(stack.pool)).toEqual(before);

    const good = await api('/api/v1/customers', {
      method: 'POST',
      body: {
        kind: 'COMPANY',
        name: '字段测试',
        branchId: testId('cf'),
        customFields: { flock_size: 12000, since: '2020-02-29', breed: '白羽' },
      },
    });
    expect(good.status).toBe(201);
    expect(good.body.customFields).toEqual({ flock_size: 12000, since: '2020-02-29', breed: '白羽' });

    const patched = await api(`/api/v1/customers/${good.body.id}`, {
      method: 'PATCH',
      body: { version: 1, customFields: { breed: null, remark: '老客户' } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.customFields).toEqual({ flock_size: 12000, since: '2020-02-29', remark: '老客户' });
    const required = await api(`/api/v1/customers/${good.body.id}`, {
      method: 'PATCH',
      body: { version: 2, customFields: { flock_size: null } },
    });
    expect(required.status).toBe(400);

    const breed = list.body.items.find((d: { key: string }) => d.key === 'breed');
    const changed = await api(`/api/v1/customer-field-definitions/${breed.id}`, {
      method: 'PATCH',
      body: { version: 1, options: ['白羽', '黄羽', '麻羽'], label: '鸡种' },
    });
    expect(changed.body).toMatchObject({
      version: 2,
      options: ['白羽', '黄羽', '麻羽'],
      label: '鸡种',
      type: 'OPTION',
    });
    const stale = await api(`/api/v1/customer-field-definitions/${breed.id}`, {
      method: 'PATCH',
      body: { version: 1, label: 'x' },
    });
    expect(stale.status).toBe(409);
    const readOnly = await as({ branchId: testId('cf'), permissions: ['customers.read'] });
    expect(
      (await api(`/api/v1/customer-field-definitions/${breed.id}`, { method: 'DELETE', headers: readOnly }))
        .status,
    ).toBe(403);
    expect((await api(`/api/v1/customer-field-definitions/${breed.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
  });

  it('updates with optimistic concurrency: a stale version is a 409 and changes nothing', async () => {
    const { body: c } = await api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'INDIVIDUAL', name: '赵六', phones: ['13700137000'], contacts: [{ name: '赵太太' }] },
    });
    const first = await api(`/api/v1/customers/${c.id}`, {
      method: 'PATCH',
      body: {
        version: 1,
        name: '赵六六',
        phones: ['137 0013 7000', '137-0013-7001'],
        contacts: [{ id: c.contacts[0].id, name: '赵太太', phones: ['13600136000'] }, { name: '赵小六' }],
        customerClass: null,
        email: 'zhao@example.cn',
      },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      name: '赵六六',
      version: 2,
      phones: ['+8613700137000', '+8613700137001'],
      contacts: [
        { id: c.contacts[0].id, name: '赵太太', phones: ['+8613600136000'] },
        { name: '赵小六', phones: [] },
      ],
      email: 'zhao@example.cn',
      updatedBy: 'test-admin',
    });
    const stale = await api(`/api/v1/customers/${c.id}`, {
      method: 'PATCH',
      body: { version: 1, name: '赵七' },
    });
    expect(stale).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
    expect((await api(`/api/v1/customers/${c.id}`)).body).toMatchObject({ name: '赵六六', version: 2 });

    const cleared = await api(`/api/v1/customers/${c.id}`, {
      method: 'PATCH',
      body: { version: 2, email: null, address: null, contacts: [] },
    });
    expect(cleared.body).toMatchObject({ email: null, contacts: [], version: 3 });
    expect(
      Number(
        (await stack.pool.query('SELECT count(*) FROM customer_contacts WHERE customer_id = $1', [c.id]))
          .rows[0].count,
      ),
    ).toBe(0);

    const unknownContact = await api(`/api/v1/customers/${c.id}`, {
      method: 'PATCH',
      body: { version: 3, contacts: [{ id: '5f0c8f8e-0000-4000-8000-000000000000', name: 'x' }] },
    });
    expect(unknownContact).toMatchObject({ status: 400, body: { errors: [{ field: 'contacts.0.id' }] } });
    const noVersion = await api(`/api/v1/customers/${c.id}`, { method: 'PATCH', body: { name: 'x' } });
    expect(noVersion.status).toBe(400);
  });

  it('answers bad input with a 4xx and stores nothing at all', async () => {
    const before = await rowCounts(stack.pool);
    const cases: [unknown, number, string?][] = [
      [{ kind: 'COMPANY', name: 'x', phones: ['12345'] }, 400, 'phones.0'],
      [{ kind: 'COMPANY', name: 'x', phones: ["138' OR '1'='1"] }, 400, 'phones.0'],
      [
        { kind: 'COMPANY', name: 'x', phones: Array.from({ length: 11 }, (_, i) => `1380013${8100 + i}`) },
        400,
        'phones',
      ],
      // Refused at the edge, named as docs/api-conventions.md names the fields of a body.
      [{ kind: 'COMPANY', name: 'a\u0000b' }, 400, 'body.name'],
      [{ kind: 'COMPANY', name: '<script>\u202Egnp.exe' }, 400, 'name'],
      [
        { kind: 'COMPANY', name: 'x', contacts: [{ name: '甲', phones: ['nope'] }] },
        400,
        'contacts.0.phones.0',
      ],
      [
        { kind: 'COMPANY', name: 'x', contacts: [{ name: '甲', birthday: '1990-13-01' }] },
        400,
        'contacts.0.birthday',
      ],
      [
        { kind: 'COMPANY', name: 'x', contacts: Array.from({ length: 21 }, (_, i) => ({ name: `c${i}` })) },
        400,
        'contacts',
      ],
      [{ kind: 'COMPANY', name: 'x', tags: ['t'.repeat(33)] }, 400, 'tags.0'],
      [{ kind: 'COMPANY', name: 'x', notes: 'n'.repeat(5001) }, 400, 'notes'],
      [{ kind: 'COMPANY', name: 'x', address: { city: '城'.repeat(101) } }, 400, 'address.city'],
      [{ kind: 'COMPANY', name: 'x', address: { city: 'x', planet: 'mars' } }, 400, 'address'],
      [{ kind: 'COMPANY', name: 'x', customFields: { anything: 1 } }, 400, 'customFields.anything'],
      [{ kind: 'COMPANY', name: 'x', level: 'VIP' }, 400, 'level'],
      [{ kind: 'COMPANY', name: 'x', isAdmin: true }, 400, 'isAdmin'],
      [{ kind: 'COMPANY', name: 'x', contacts: [{ name: 'y', password: 'p' }] }, 400],
      [{ kind: 'COMPANY', name: "Robert'); DROP TABLE customers;--", phones: ['nope'] }, 400, 'phones.0'],
    ];
    for (const [body, status, field] of cases) {
      const res = await api('/api/v1/customers', { method: 'POST', body });
      expect({ body: JSON.stringify(body).slice(0, 60), status: res.status }).toEqual({
        body: JSON.stringify(body).slice(0, 60),
        status,
      });
      expect(res.type).toContain('application/problem+json');
      if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await rowCounts(stack.pool)).toEqual(before);

    // Hostile but harmless strings are stored as given, not interpreted.
    const sql = await api('/api/v1/customers', {
      method: 'POST',
      body: {
        kind: 'COMPANY',
        name: "Robert'); DROP TABLE customers;--",
        notes: '<img src=x onerror=alert(1)>',
      },
    });
    expect(sql.status).toBe(201);
    expect((await api(`/api/v1/customers/${sql.body.id}`)).body.notes).toBe('<img src=x onerror=alert(1)>');

    const { body: c } = await api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'COMPANY', name: '坏更新' },
    });
    const mid = await rowCounts(stack.pool);
    for (const body of [
      { version: 1, phones: ['abc'] },
      { version: 1, name: '' },
      { version: 1, contacts: [{ name: 'ok' }, { name: '' }] },
      { version: 1, unknown: 1 },
      { version: 1, customFields: { nope: 1 } },
    ]) {
      expect((await api(`/api/v1/customers/${c.id}`, { method: 'PATCH', body })).status).toBe(400);
    }
    expect(await rowCounts(stack.pool)).toEqual(mid);
    expect((await api(`/api/v1/customers/${c.id}`)).body.version).toBe(1);
  });

  it('publishes every change with its audit entry, in the same transaction', async () => {
    const { body: c } = await api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'COMPANY', name: '审计客户', branchId: testId('audit') },
    });
    await api(`/api/v1/customers/${c.id}`, { method: 'PATCH', body: { version: 1, tags: ['新'] } });
    const events = (await outboxEvents(stack.pool)).filter(
      (e) => (e.payload.customer as { id?: string } | undefined)?.id === c.id || e.payload.entityId === c.id,
    );
    expect(events.map((e) => e.subject)).toEqual([
      'crm.customers.customer.created',
      'crm.customers.audit.recorded',
      'crm.customers.customer.updated',
      'crm.customers.audit.recorded',
    ]);
    expect(events[2]!.payload).toMatchObject({ changedFields: ['tags'] });
    const audit = events[3]!.payload as Record<string, string>;
    expect(audit).toMatchObject({
      action: 'customer.updated',
      entityType: 'customer',
      entityId: c.id,
      actorId: 'test-admin',
      branchId: testId('audit'),
    });
    expect(JSON.parse(audit.beforeJson!).tags).toEqual([]);
    expect(JSON.parse(audit.afterJson!).tags).toEqual(['新']);
    expect(audit.requestId).toMatch(/.+/);
  });
});
