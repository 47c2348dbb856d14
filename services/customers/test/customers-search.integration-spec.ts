/**
 * Issue 4 part 2 (R-CUS-2) and part 5 (R-CUS-7): search by name, phone, card, address, city, tag,
 * owner and grade, in three sort orders with stable keyset cursors, always within the caller's data
 * scope (own / department / branch / all); the recycle bin with restore and purge.
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
const ids: Record<string, string> = {};

beforeAll(async () => {
  stack = await startCustomersStack();
  const seed: [string, Record<string, unknown>][] = [
    [
      'a',
      {
        name: '张家养鸡场',
        branchId: testId('s1'),
        ownerId: testId('u1'),
        phones: ['13010000001'],
        address: { city: '潍坊市', detail: '北关路 1 号' },
        tags: ['肉鸡'],
        level: 'HIGH_INTENT',
        customerClass: 'A',
      },
    ],
    [
      'b',
      {
        name: '李记禽蛋',
        branchId: testId('s1'),
        ownerId: testId('u2'),
        phones: ['13010000002'],
        address: { city: '青岛市' },
        tags: ['蛋鸡'],
        customerClass: 'B',
      },
    ],
    [
      'c',
      {
        name: '王氏鸡苗',
        branchId: testId('s1'),
        ownerId: testId('u1'),
        phones: ['13010000003'],
        address: { city: '潍坊市' },
        tags: ['肉鸡', '大客户'],
      },
    ],
    [
      'd',
      {
        name: '安丘养殖合作社',
        branchId: testId('s1'),
        ownerId: testId('u3'),
        phones: ['13010000004'],
        address: { province: '山东省', city: '潍坊市', district: '安丘市' },
      },
    ],
    [
      'e',
      {
        name: '张三',
        branchId: testId('s2'),
        ownerId: testId('u1'),
        phones: ['13010000005'],
        address: { city: '潍坊市' },
      },
    ],
  ];
  for (const [key, body] of seed) {
    const r = await stack.api('/api/v1/customers', { method: 'POST', body: { kind: 'COMPANY', ...body } });
    expect(r.status).toBe(201);
    ids[key] = r.body.id;
  }
  // Departments: a and b in d-north, c in d-south (the creator's department is the record's).
  await stack.pool.query('UPDATE customers SET department_id = $2 WHERE id = ANY($1::uuid[])', [
    [ids.a, ids.b],
    testId('d-north'),
  ]);
  await stack.pool.query('UPDATE customers SET department_id = $2 WHERE id = $1', [ids.c, testId('d-south')]);
  await stack.pool.query('UPDATE customers SET purchase_quantity = $2 WHERE id = $1', [ids.a, 500]);
  await stack.pool.query('UPDATE customers SET purchase_quantity = $2 WHERE id = $1', [ids.c, 1200.5]);
  await stack.api(`/api/v1/customers/${ids.b}/cards`, { method: 'POST', body: { uid: 'B0B0B0B0' } });
}, 30_000);
afterAll(() => stack?.stop());

const api: CustomersStack['api'] = (...args) => stack.api(...args);
const names = async (query: string, headers?: Record<string, string>) => {
  const r = await api(`/api/v1/customers?${query}`, { headers });
  expect(r.status).toBe(200);
  return r.body.items.map((c: { name: string }) => c.name);
};

describe('search', () => {
  it('filters by name substring, phone in any format or fragment, card, address, city, tag, owner and grade', async () => {
    expect(await names(`branchId=${testId('s1')}&q=${encodeURIComponent('鸡')}`)).toEqual([
      '王氏鸡苗',
      '张家养鸡场',
    ]);
    expect(await names(`q=${encodeURIComponent('张')}`)).toEqual(['张三', '张家养鸡场']);
    expect(await names(`q=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await names(`phone=${encodeURIComponent('+86 130-1000-0002')}`)).toEqual(['李记禽蛋']);
    expect(await names('phone=00004')).toEqual(['安丘养殖合作社']);
    expect(await names('cardUid=b0:b0:b0:b0')).toEqual(['李记禽蛋']);
    expect(await names(`address=${encodeURIComponent('安丘')}`)).toEqual(['安丘养殖合作社']);
    expect(await names(`address=${encodeURIComponent('北关路')}`)).toEqual(['张家养鸡场']);
    expect(await names(`branchId=${testId('s1')}&city=${encodeURIComponent('潍坊市')}`)).toEqual([
      '安丘养殖合作社',
      '王氏鸡苗',
      '张家养鸡场',
    ]);
    expect(await names(`tag=${encodeURIComponent('肉鸡')}`)).toEqual(['王氏鸡苗', '张家养鸡场']);
    expect(await names(`ownerId=${testId('u1')}&branchId=${testId('s1')}`)).toEqual([
      '王氏鸡苗',
      '张家养鸡场',
    ]);
    expect(await names('level=HIGH_INTENT')).toEqual(['张家养鸡场']);
    expect(await names('customerClass=B')).toEqual(['李记禽蛋']);
    expect(await names(`branchId=${testId('s1')}&customerClass=A&tag=${encodeURIComponent('肉鸡')}`)).toEqual(
      ['张家养鸡场'],
    );

    for (const bad of [
      'phone=12',
      'phone=abc',
      'cardUid=XYZ',
      'sort=random',
      'level=VIP',
      `q=${encodeURIComponent('a\u0000')}`,
      'nope=1',
    ]) {
      expect({ bad, status: (await api(`/api/v1/customers?${bad}`)).status }).toEqual({ bad, status: 400 });
    }
  });

  it('sorts by name (pinyin) and by purchase quantity, paging with stable cursors', async () => {
    expect(await names(`branchId=${testId('s1')}&sort=name`)).toEqual([
      '安丘养殖合作社',
      '李记禽蛋',
      '王氏鸡苗',
      '张家养鸡场',
    ]);
    expect(await names(`branchId=${testId('s1')}&sort=purchaseQuantity`)).toEqual([
      '王氏鸡苗',
      '张家养鸡场',
      '安丘养殖合作社',
      '李记禽蛋',
    ]);

    const first = await api(`/api/v1/customers?branchId=${testId('s1')}&sort=name&pageSize=2`);
    expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(['安丘养殖合作社', '李记禽蛋']);
    // A record inserted before the cursor position does not shift the next page.
    await api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'COMPANY', name: '阿福农场', branchId: testId('s1') },
    });
    const second = await api(
      `/api/v1/customers?branchId=${testId('s1')}&sort=name&pageSize=2&pageToken=${first.body.nextPageToken}`,
    );
    expect(second.body.items.map((c: { name: string }) => c.name)).toEqual(['王氏鸡苗', '张家养鸡场']);
    expect(second.body.nextPageToken).toBeNull();
    // A cursor belongs to its query.
    expect(
      (
        await api(
          `/api/v1/customers?branchId=${testId('s1')}&sort=purchaseQuantity&pageToken=${first.body.nextPageToken}`,
        )
      ).status,
    ).toBe(400);

    const q1 = await api(`/api/v1/customers?branchId=${testId('s1')}&sort=purchaseQuantity&pageSize=1`);
    expect(q1.body.items[0]).toMatchObject({ name: '王氏鸡苗', purchaseQuantity: 1200.5 });
    const q2 = await api(
      `/api/v1/customers?branchId=${testId('s1')}&sort=purchaseQuantity&pageSize=1&pageToken=${q1.body.nextPageToken}`,
    );
    expect(q2.body.items[0]).toMatchObject({ name: '张家养鸡场', purchaseQuantity: 500 });
  });

  it('is always limited to the data scope: own, department, branch, all', async () => {
    const read = ['customers.read'];
    const own = await as({
      userId: testId('u1'),
      branchId: testId('s1'),
      dataScope: 'own',
      permissions: read,
    });
    const dept = await as({
      userId: testId('x'),
      branchId: testId('s1'),
      departmentId: testId('d-north'),
      dataScope: 'department',
      permissions: read,
    });
    const branch = await as({
      userId: testId('x'),
      branchId: testId('s1'),
      dataScope: 'branch',
      permissions: read,
    });
    const all = await as({
      userId: testId('x'),
      branchId: testId('s9'),
      dataScope: 'all',
      permissions: read,
    });
    const q = `q=${encodeURIComponent('鸡')}`;
    expect(await names(`city=${encodeURIComponent('潍坊市')}`, own)).toEqual(['王氏鸡苗', '张家养鸡场']);
    expect(await names(q, dept)).toEqual(['张家养鸡场']);
    expect(await names(`${q}&branchId=${testId('s2')}`, branch)).toEqual([]);
    expect(await names(q, branch)).toEqual(['王氏鸡苗', '张家养鸡场']);
    expect(await names(`city=${encodeURIComponent('潍坊市')}`, all)).toEqual([
      '张三',
      '安丘养殖合作社',
      '王氏鸡苗',
      '张家养鸡场',
    ]);
    expect(await names('phone=13010000005', branch)).toEqual([]);
    expect(await names('cardUid=B0B0B0B0', own)).toEqual([]);
    expect(await names('cardUid=B0B0B0B0', dept)).toEqual(['李记禽蛋']);
  });
});

describe('recycle bin', () => {
  it('deletes to the bin (hidden from search), restores, and purges only from the bin with customers.purge', async () => {
    const { body: c } = await api('/api/v1/customers', {
      method: 'POST',
      body: {
        kind: 'COMPANY',
        name: '回收站客户',
        branchId: testId('bin'),
        phones: ['13020000001'],
        contacts: [{ name: '联系人' }],
      },
    });
    await api(`/api/v1/customers/${c.id}/cards`, { method: 'POST', body: { uid: '0B1B2B3B' } });
    expect((await api(`/api/v1/recycle-bin/customers/${c.id}`, { method: 'DELETE' })).status).toBe(422);

    const noDelete = await as({
      branchId: testId('bin'),
      dataScope: 'branch',
      permissions: ['customers.read', 'customers.update'],
    });
    expect((await api(`/api/v1/customers/${c.id}`, { method: 'DELETE', headers: noDelete })).status).toBe(
      403,
    );
    const deleted = await api(`/api/v1/customers/${c.id}`, { method: 'DELETE' });
    expect(deleted.body.deletedAt).not.toBeNull();
    expect((await api(`/api/v1/customers/${c.id}`, { method: 'DELETE' })).status).toBe(422);
    expect(await names(`branchId=${testId('bin')}`)).toEqual([]);
    expect(
      (await api(`/api/v1/customers/${c.id}`, { method: 'PATCH', body: { version: 2, name: 'x' } })).status,
    ).toBe(422);
    const bin = await api(`/api/v1/recycle-bin/customers?branchId=${testId('bin')}`);
    expect(bin.body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);

    expect(
      (await api(`/api/v1/recycle-bin/customers/${c.id}/restore`, { method: 'POST' })).body.deletedAt,
    ).toBeNull();
    expect(await names(`branchId=${testId('bin')}`)).toEqual(['回收站客户']);
    expect((await api(`/api/v1/recycle-bin/customers?branchId=${testId('bin')}`)).body.items).toEqual([]);

    await api(`/api/v1/customers/${c.id}`, { method: 'DELETE' });
    const deleter = await as({
      branchId: testId('bin'),
      dataScope: 'branch',
      permissions: ['customers.read', 'customers.delete'],
    });
    const before = await rowCounts(stack.pool);
    expect(
      (await api(`/api/v1/recycle-bin/customers/${c.id}`, { method: 'DELETE', headers: deleter })).status,
    ).toBe(403);
    const otherBranch = await as({
      branchId: testId('elsewhere'),
      dataScope: 'branch',
      permissions: ['customers.purge'],
    });
    expect(
      (await api(`/api/v1/recycle-bin/customers/${c.id}`, { method: 'DELETE', headers: otherBranch })).status,
    ).toBe(404);
    expect(await rowCounts(stack.pool)).toEqual(before);

    const purger = await as({
      branchId: testId('bin'),
      dataScope: 'branch',
      permissions: ['customers.purge'],
    });
    expect(
      (await api(`/api/v1/recycle-bin/customers/${c.id}`, { method: 'DELETE', headers: purger })).status,
    ).toBe(204);
    const after = await rowCounts(stack.pool);
    expect(after).toMatchObject({
      customers: before.customers - 1,
      contacts: before.contacts - 1,
      cards: before.cards - 1,
    });
    expect((await api(`/api/v1/customers/${c.id}`)).status).toBe(404);
    expect((await api('/api/v1/customer-lookups/card?uid=0B1B2B3B')).status).toBe(404);
    const subjects = (await outboxEvents(stack.pool, 'crm.customers.customer.%')).map((e) => e.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        'crm.customers.customer.deleted',
        'crm.customers.customer.restored',
        'crm.customers.customer.purged',
      ]),
    );
  });

  it('pages the bin within the caller’s scope', async () => {
    const made: string[] = [];
    for (const n of [1, 2, 3]) {
      const { body } = await api('/api/v1/customers', {
        method: 'POST',
        body: { kind: 'COMPANY', name: `删${n}`, branchId: testId('bin2') },
      });
      await api(`/api/v1/customers/${body.id}`, { method: 'DELETE' });
      made.push(body.id);
    }
    const p1 = await api(`/api/v1/recycle-bin/customers?branchId=${testId('bin2')}&pageSize=2`);
    const p2 = await api(
      `/api/v1/recycle-bin/customers?branchId=${testId('bin2')}&pageSize=2&pageToken=${p1.body.nextPageToken}`,
    );
    expect([...p1.body.items, ...p2.body.items].map((c: { id: string }) => c.id)).toEqual(
      [...made].reverse(),
    );
    const other = await as({ branchId: testId('x'), dataScope: 'branch', permissions: ['customers.delete'] });
    expect(
      (await api(`/api/v1/recycle-bin/customers?branchId=${testId('bin2')}`, { headers: other })).body.items,
    ).toEqual([]);
  });
});
