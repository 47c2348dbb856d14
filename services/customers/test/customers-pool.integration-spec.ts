/**
 * Issue 4 part B, item 5: ownership and the public pool (公海). Per-branch pool rules, transfer within
 * the caller's scope (all or none), release by the owner or a supervisor, claim with the reclaim block
 * and the cap on owned customers, the pool list, and the pool sweep with a fixed clock: auto-return
 * after the grade's days without follow-up and the reminder M days before.
 */
import { Cache } from '@crm/cache';
import { createLogger } from '@crm/log';
import { testRedisUrl, testId } from '@crm/testing';
import { returnIdleCustomers } from '../src/domain/pool.use-case';
import { CustomerPoolRepository } from '../src/store/customer-pool.repository';
import { CustomerSettingsRepository } from '../src/store/customer-settings.repository';
import { CustomerRepository } from '../src/store/customer.repository';
import { LookupCache } from '../src/store/lookup-cache';
import { as, outboxEvents, startCustomersStack, type CustomersStack } from './support/customers-test-stack';

let stack: CustomersStack;
let cache: Cache;
let sweepPort: CustomerPoolRepository;
beforeAll(async () => {
  stack = await startCustomersStack();
  cache = await Cache.connect(testRedisUrl(), stack.redisPrefix.slice(0, -1));
  const logger = createLogger({ service: 'test', level: 'silent' });
  const lookups = new LookupCache(cache, { ttlSeconds: 60, negativeTtlSeconds: 5 }, logger);
  const settings = new CustomerSettingsRepository(stack.pool);
  sweepPort = new CustomerPoolRepository(stack.pool, new CustomerRepository(stack.pool, lookups), settings);
}, 30_000);
afterAll(async () => {
  await cache?.close();
  await stack?.stop();
});

const api: CustomersStack['api'] = (...args) => stack.api(...args);
const DAY = 24 * 60 * 60 * 1000;

async function customer(body: Record<string, unknown>) {
  const r = await api('/api/v1/customers', {
    method: 'POST',
    body: { kind: 'INDIVIDUAL', acknowledgeDuplicates: true, ...body },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; branchId: string };
}

const row = async (id: string) =>
  (
    await stack.pool.query(
      'SELECT owner_id, previous_owner_id, released_at, owned_since, version FROM customers WHERE id = $1',
      [id],
    )
  ).rows[0];

const poolRules = (branch: string, pool: Record<string, unknown>) =>
  api(`/api/v1/customer-settings/${branch}`, { method: 'PUT', body: { pool } });

describe('pool settings', () => {
  it('stores the pool rules per branch and refuses bad ones, storing nothing', async () => {
    const rules = {
      maxOwned: 2,
      reclaimBlockDays: 7,
      autoReturnDays: { ordinary: 10, highIntent: 20 },
      returnReminderDays: 3,
    };
    const put = await poolRules(testId('rules'), rules);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      branchId: testId('rules'),
      entryReview: 'NONE',
      version: 1,
      pool: rules,
    });
    expect((await api(`/api/v1/customer-settings/${testId('rules')}`)).body.pool).toEqual(rules);
    expect((await api(`/api/v1/customer-settings/${testId('fresh')}`)).body.pool).toEqual({
      maxOwned: 0,
      reclaimBlockDays: 0,
      autoReturnDays: { ordinary: 0, highIntent: 0 },
      returnReminderDays: 0,
    });
    for (const bad of [
      { ...rules, maxOwned: -1 },
      { ...rules, reclaimBlockDays: 4000 },
      { ...rules, autoReturnDays: { ordinary: 1.5, highIntent: 2 } },
      { ...rules, autoReturnDays: { ordinary: 1 } },
      { ...rules, extra: true },
    ])
      expect((await poolRules(testId('rules'), bad)).status).toBe(400);
    expect(
      (await api(`/api/v1/customer-settings/${testId('rules')}`, { method: 'PUT', body: {} })).status,
    ).toBe(400);
    expect((await api(`/api/v1/customer-settings/${testId('rules')}`)).body).toMatchObject({
      version: 1,
      pool: rules,
    });
  });
});

describe('transfer', () => {
  const supervisor = () =>
    as({
      userId: testId('sup'),
      branchId: testId('t1'),
      dataScope: 'branch',
      permissions: ['customers.read', 'customers.transfer'],
    });

  it('moves customers within the supervisor’s scope, all or none, with an event per customer', async () => {
    const a = await customer({ name: '转移甲', branchId: testId('t1'), ownerId: testId('u1') });
    const b = await customer({ name: '转移乙', branchId: testId('t1'), ownerId: testId('u1') });
    const elsewhere = await customer({ name: '外店', branchId: testId('t2'), ownerId: testId('u1') });
    const others = await customer({ name: '别人的', branchId: testId('t1'), ownerId: testId('u2') });
    const headers = await supervisor();
    const transfer = (body: unknown, h = headers) =>
      api('/api/v1/customers/transfer', { method: 'POST', body, headers: h });

    // Outside the scope: as if it did not exist, and nothing moves.
    expect(
      (
        await transfer({
          customerIds: [a.id, elsewhere.id],
          fromOwnerId: testId('u1'),
          toOwnerId: testId('u3'),
        })
      ).status,
    ).toBe(404);
    // Not owned by fromOwnerId: refused, nothing moves.
    expect(
      (await transfer({ customerIds: [a.id, others.id], fromOwnerId: testId('u1'), toOwnerId: testId('u3') }))
        .status,
    ).toBe(422);
    for (const bad of [
      { customerIds: [], fromOwnerId: testId('u1'), toOwnerId: testId('u3') },
      { customerIds: [a.id, a.id], fromOwnerId: testId('u1'), toOwnerId: testId('u3') },
      { customerIds: ['nope'], fromOwnerId: testId('u1'), toOwnerId: testId('u3') },
      { customerIds: [a.id], fromOwnerId: testId('u1'), toOwnerId: testId('u1') },
      { customerIds: [a.id], fromOwnerId: testId('u1'), toOwnerId: ' ' },
      { customerIds: [a.id], fromOwnerId: testId('u1') },
    ])
      expect((await transfer(bad)).status).toBe(400);
    const noRight = await as({
      userId: testId('x'),
      branchId: testId('t1'),
      dataScope: 'branch',
      permissions: ['customers.read'],
    });
    expect(
      (await transfer({ customerIds: [a.id], fromOwnerId: testId('u1'), toOwnerId: testId('u3') }, noRight))
        .status,
    ).toBe(403);
    expect((await row(a.id)).owner_id).toBe(testId('u1'));
    expect((await row(elsewhere.id)).owner_id).toBe(testId('u1'));
    expect(await outboxEvents(stack.pool, 'crm.customers.customer.transferred')).toEqual([]);

    const ok = await transfer({
      customerIds: [a.id, b.id],
      fromOwnerId: testId('u1'),
      toOwnerId: testId('u3'),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.items.map((c: { ownerId: string }) => c.ownerId)).toEqual([testId('u3'), testId('u3')]);
    const events = await outboxEvents(stack.pool, 'crm.customers.customer.transferred');
    expect(
      events.map((e) => [
        (e.payload.customer as { id: string }).id,
        e.payload.fromOwnerId,
        e.payload.toOwnerId,
      ]),
    ).toEqual([
      [a.id, testId('u1'), testId('u3')],
      [b.id, testId('u1'), testId('u3')],
    ]);
    expect(events[0]!.actor.userId).toBe(testId('sup'));
  });
});

describe('release and claim', () => {
  const owner = (userId: string, branchId = testId('c1')) =>
    as({
      userId,
      branchId,
      dataScope: 'own',
      permissions: ['customers.read', 'customers.update', 'customers.claim'],
    });

  it('lets the owner release, refuses others, and shows the pool to the branch', async () => {
    const c = await customer({ name: '放入公海', branchId: testId('c1'), ownerId: testId('r1') });
    const release = (id: string, headers: Record<string, string>) =>
      api(`/api/v1/customers/${id}/release`, { method: 'POST', headers });
    expect((await release(c.id, await owner(testId('r2')))).status).toBe(404);
    const branchClerk = await as({
      userId: testId('r3'),
      branchId: testId('c1'),
      dataScope: 'branch',
      permissions: ['customers.read', 'customers.update'],
    });
    expect((await release(c.id, branchClerk)).status).toBe(403);
    expect((await row(c.id)).owner_id).toBe(testId('r1'));

    const r = await release(c.id, await owner(testId('r1')));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      ownerId: null,
      previousOwnerId: testId('r1'),
      releasedAt: expect.any(String),
    });
    // Already in the pool: the clerk sees it (its branch's pool) but there is nothing to release.
    expect((await release(c.id, branchClerk)).status).toBe(422);
    expect(
      (await release(c.id, await as({ userId: testId('boss'), branchId: testId('c1'), dataScope: 'branch' })))
        .status,
    ).toBe(422);
    const released = await outboxEvents(stack.pool, 'crm.customers.customer.released');
    expect(released.at(-1)).toMatchObject({ payload: { previousOwnerId: testId('r1'), automatic: false } });

    // Every scope sees the pool of its own branch, and no other branch's pool.
    const pool = await api('/api/v1/customer-pool', { headers: await owner(testId('r2')) });
    expect(pool.status).toBe(200);
    expect(pool.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect(
      (await api(`/api/v1/customer-pool?branchId=${testId('c9')}`, { headers: await owner(testId('r2')) }))
        .status,
    ).toBe(403);
  });

  it('masks a pool customer’s phones and e-mail until it is claimed, except for who hands customers out', async () => {
    const c = await customer({
      name: '公海遮蔽',
      branchId: testId('c1'),
      ownerId: testId('r1'),
      phone: '13800135555',
      email: 'li.xiaomei@example.com',
      contacts: [{ name: '采购', phones: ['13900136666'], email: 'buyer@example.com' }],
    });
    expect(
      (await api(`/api/v1/customers/${c.id}/release`, { method: 'POST', headers: await owner(testId('r1')) }))
        .status,
    ).toBe(200);
    const masked = { phones: ['+86138****5555'], email: 'l***@example.com' };
    const listed = await api('/api/v1/customer-pool', { headers: await owner(testId('r2')) });
    expect(listed.body.items.find((i: { id: string }) => i.id === c.id)).toMatchObject(masked);
    // A clerk of the branch reads the record itself (an own-scope user cannot open a pool record at all).
    const clerk = await as({
      userId: testId('r3'),
      branchId: testId('c1'),
      dataScope: 'branch',
      permissions: ['customers.read'],
    });
    const read = await api(`/api/v1/customers/${c.id}`, { headers: clerk });
    expect(read.body).toMatchObject({
      ...masked,
      contacts: [{ phones: ['+86139****6666'], email: 'b***@example.com' }],
    });
    const supervisor = await as({ userId: testId('boss'), branchId: testId('c1'), dataScope: 'branch' });
    expect((await api(`/api/v1/customers/${c.id}`, { headers: supervisor })).body).toMatchObject({
      phones: ['+8613800135555'],
      email: 'li.xiaomei@example.com',
    });
    expect(
      (await api(`/api/v1/customers/${c.id}/claim`, { method: 'POST', headers: await owner(testId('r2')) }))
        .status,
    ).toBe(200);
    expect(
      (await api(`/api/v1/customers/${c.id}`, { headers: await owner(testId('r2')) })).body,
    ).toMatchObject({
      phones: ['+8613800135555'],
    });
  });

  it('blocks the previous owner for K days and caps how many customers one may own', async () => {
    expect(
      (
        await poolRules(testId('c2'), {
          maxOwned: 2,
          reclaimBlockDays: 7,
          autoReturnDays: { ordinary: 0, highIntent: 0 },
          returnReminderDays: 0,
        })
      ).status,
    ).toBe(200);
    const mine = await customer({ name: '已有', branchId: testId('c2'), ownerId: testId('k1') });
    const p1 = await customer({ name: '公海一', branchId: testId('c2'), ownerId: testId('k0') });
    const p2 = await customer({ name: '公海二', branchId: testId('c2'), ownerId: testId('k0') });
    const p3 = await customer({ name: '公海三', branchId: testId('c2'), ownerId: testId('k0') });
    for (const p of [p1, p2, p3])
      expect((await api(`/api/v1/customers/${p.id}/release`, { method: 'POST' })).status).toBe(200);
    const claim = async (id: string, userId: string) =>
      api(`/api/v1/customers/${id}/claim`, { method: 'POST', headers: await owner(userId, testId('c2')) });

    // The previous owner (k0) released p1 six days ago: blocked; eight days ago: allowed.
    await stack.pool.query("UPDATE customers SET released_at = now() - interval '6 days' WHERE id = $1", [
      p1.id,
    ]);
    const blocked = await claim(p1.id, testId('k0'));
    expect(blocked).toMatchObject({ status: 422, body: { code: 'FAILED_PRECONDITION' } });
    expect((await row(p1.id)).owner_id).toBeNull();
    await stack.pool.query("UPDATE customers SET released_at = now() - interval '8 days' WHERE id = $1", [
      p1.id,
    ]);
    expect((await claim(p1.id, testId('k0'))).status).toBe(200);

    // k1 owns one; one more is fine, the third is over the cap of 2.
    const second = await claim(p2.id, testId('k1'));
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ ownerId: testId('k1'), ownedSince: expect.any(String) });
    const over = await claim(p3.id, testId('k1'));
    expect(over).toMatchObject({ status: 422, body: { code: 'FAILED_PRECONDITION' } });
    expect((await row(p3.id)).owner_id).toBeNull();
    // Owned records are not in the pool; another branch's pool is invisible; no permission, no claim.
    expect((await claim(mine.id, testId('k2'))).status).toBe(404);
    expect((await api(`/api/v1/customers/${p2.id}/claim`, { method: 'POST' })).status).toBe(422);
    expect(
      (
        await api(`/api/v1/customers/${p3.id}/claim`, {
          method: 'POST',
          headers: await owner('k3', testId('c9')),
        })
      ).status,
    ).toBe(404);
    const reader = await as({
      userId: testId('k4'),
      branchId: testId('c2'),
      dataScope: 'branch',
      permissions: ['customers.read'],
    });
    expect((await api(`/api/v1/customers/${p3.id}/claim`, { method: 'POST', headers: reader })).status).toBe(
      403,
    );
    expect(
      (
        await api('/api/v1/customers/not-a-uuid/claim', {
          method: 'POST',
          headers: await owner(testId('k2'), testId('c2')),
        })
      ).status,
    ).toBe(400);

    const claimed = (await outboxEvents(stack.pool, 'crm.customers.customer.claimed'))
      .map((e) => [(e.payload.customer as { id: string }).id, e.actor.userId])
      .filter(([id]) => id === p1.id || id === p2.id);
    expect(claimed).toEqual([
      [p1.id, testId('k0')],
      [p2.id, testId('k1')],
    ]);
  });
});

describe('pool sweep (fixed clock)', () => {
  it('returns idle customers after the grade’s days and reminds the owner M days before, once', async () => {
    const now = new Date('2031-05-10T00:00:00.000Z');
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    expect(
      (
        await poolRules(testId('s1'), {
          maxOwned: 0,
          reclaimBlockDays: 0,
          autoReturnDays: { ordinary: 10, highIntent: 20 },
          returnReminderDays: 3,
        })
      ).status,
    ).toBe(200);
    const idle = await customer({ name: '十天没跟进', branchId: testId('s1'), ownerId: testId('w1') });
    const soon = await customer({ name: '八天没跟进', branchId: testId('s1'), ownerId: testId('w1') });
    const keen = await customer({
      name: '高意向',
      branchId: testId('s1'),
      ownerId: testId('w1'),
      level: 'HIGH_INTENT',
    });
    const followed = await customer({ name: '昨天跟进', branchId: testId('s1'), ownerId: testId('w1') });
    const offBranch = await customer({ name: '别的分店', branchId: testId('s2'), ownerId: testId('w1') });
    const since = async (id: string, d: Date, lastFollowUp: Date | null = null) =>
      stack.pool.query(
        'UPDATE customers SET created_at = $2, owned_since = $2, last_follow_up_at = $3 WHERE id = $1',
        [id, d, lastFollowUp],
      );
    await since(idle.id, ago(10));
    await since(soon.id, ago(8));
    await since(keen.id, ago(10));
    await since(followed.id, ago(30), ago(1));
    await since(offBranch.id, ago(300));

    expect(await returnIdleCustomers(sweepPort, now)).toEqual({ returned: [idle.id], reminded: [soon.id] });
    expect(await row(idle.id)).toMatchObject({
      owner_id: null,
      previous_owner_id: testId('w1'),
      released_at: now,
    });
    for (const c of [soon, keen, followed, offBranch]) expect((await row(c.id)).owner_id).toBe(testId('w1'));
    const released = await outboxEvents(stack.pool, 'crm.customers.customer.released');
    expect(released.at(-1)).toMatchObject({
      payload: { customer: { id: idle.id }, previousOwnerId: testId('w1'), automatic: true },
      actor: { userId: 'customers.pool' },
    });
    const due = await outboxEvents(stack.pool, 'crm.customers.customer.pool_return_due');
    expect(due).toHaveLength(1);
    expect(due[0]!.payload).toMatchObject({
      customer: { id: soon.id },
      ownerId: testId('w1'),
      dueAt: new Date(ago(8).getTime() + 10 * DAY).toISOString(),
    });

    // The same clock again: nothing new (the reminder goes once per due time).
    expect(await returnIdleCustomers(sweepPort, now)).toEqual({ returned: [], reminded: [] });
    // A follow-up moves the due time; the reminder comes again for the new one, then the return.
    await since(soon.id, ago(8), ago(6));
    expect(await returnIdleCustomers(sweepPort, new Date(now.getTime() + 1 * DAY))).toEqual({
      returned: [],
      reminded: [soon.id],
    });
    expect(await returnIdleCustomers(sweepPort, new Date(now.getTime() + 4 * DAY))).toEqual({
      returned: [soon.id],
      reminded: [],
    });
    // The high-intent record has 20 days: reminded at 17, returned at 20; the one followed up a day
    // before the first sweep is due at day 9 (reminded at 6, returned at 9).
    const sorted = (r: { returned: string[]; reminded: string[] }) => ({
      returned: [...r.returned].sort(),
      reminded: [...r.reminded].sort(),
    });
    expect(sorted(await returnIdleCustomers(sweepPort, new Date(now.getTime() + 7 * DAY)))).toEqual({
      returned: [],
      reminded: [keen.id, followed.id].sort(),
    });
    expect(sorted(await returnIdleCustomers(sweepPort, new Date(now.getTime() + 10 * DAY)))).toEqual({
      returned: [keen.id, followed.id].sort(),
      reminded: [],
    });
    expect((await row(offBranch.id)).owner_id).toBe(testId('w1'));
  });
});
