/**
 * Issue 4 item 9, churn (流失, R-CUS-8): the per-branch at-risk period, the sweep with a fixed clock
 * (churn_flagged once per episode), pause (暂缓流失) with a plan and date, confirm (确定流失) with a
 * reason and its undo, a follow-up ending the risk, the churn list within the caller's data scope.
 */
import { Cache } from '@crm/cache';
import { createLogger } from '@crm/log';
import { testRedisUrl, testId } from '@crm/testing';
import { addDays, calendarDay } from '../src/domain/calendar-day';
import { sweepChurn } from '../src/domain/churn.use-case';
import { CustomerChurnRepository } from '../src/store/customer-churn.repository';
import { LookupCache } from '../src/store/lookup-cache';
import { as, outboxEvents, startCustomersStack, type CustomersStack } from './support/customers-test-stack';

const ZONE = 'Asia/Shanghai';
const DAY = 24 * 60 * 60 * 1000;
let stack: CustomersStack;
let cache: Cache;
let churn: CustomerChurnRepository;
beforeAll(async () => {
  stack = await startCustomersStack();
  cache = await Cache.connect(testRedisUrl(), stack.redisPrefix.slice(0, -1));
  const logger = createLogger({ service: 'test', level: 'silent' });
  churn = new CustomerChurnRepository(
    stack.pool,
    new LookupCache(cache, { ttlSeconds: 60, negativeTtlSeconds: 5 }, logger),
  );
}, 30_000);
afterAll(async () => {
  await cache?.close();
  await stack?.stop();
});

const api: CustomersStack['api'] = (...args) => stack.api(...args);
const sweep = (at: Date) => sweepChurn(churn, at, ZONE);
const sorted = (r: { flagged: string[]; resumed: string[] }) => ({
  flagged: [...r.flagged].sort(),
  resumed: [...r.resumed].sort(),
});

async function customer(body: Record<string, unknown>) {
  const r = await api('/api/v1/customers', {
    method: 'POST',
    body: { kind: 'INDIVIDUAL', acknowledgeDuplicates: true, ...body },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; branchId: string; churn: { status: string } };
}

const own = (userId: string, branchId = testId('c1')) =>
  as({
    userId,
    branchId,
    dataScope: 'own',
    roles: ['account_manager'],
    permissions: ['customers.read', 'customers.update', 'customers.create'],
  });
const flaggedEvents = async () =>
  (await outboxEvents(stack.pool, 'crm.customers.customer.churn_flagged')).map(
    (e) => (e.payload as { customer: { id: string } }).customer.id,
  );

describe('churn settings', () => {
  it('keeps churnAtRiskDays and careLeadDays per branch (defaults 90 and 3) and refuses bad values', async () => {
    expect((await api(`/api/v1/customer-settings/${testId('fresh')}`)).body).toMatchObject({
      churnAtRiskDays: 90,
      careLeadDays: 3,
    });
    const put = await api(`/api/v1/customer-settings/${testId('c1')}`, {
      method: 'PUT',
      body: { churnAtRiskDays: 30 },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ churnAtRiskDays: 30, careLeadDays: 3, entryReview: 'NONE' });
    for (const bad of [{ churnAtRiskDays: -1 }, { churnAtRiskDays: 4000 }, { careLeadDays: 61 }])
      expect(
        (await api(`/api/v1/customer-settings/${testId('c1')}`, { method: 'PUT', body: bad })).status,
      ).toBe(400);
    expect((await api(`/api/v1/customer-settings/${testId('c1')}`)).body).toMatchObject({
      churnAtRiskDays: 30,
      version: 1,
    });
  });
});

describe('churn', () => {
  let mine: { id: string };
  let theirs: { id: string };
  let pooled: { id: string };
  const start = new Date();

  it('flags customers without activity for the branch period once per episode, in no one else’s scope', async () => {
    mine = await customer({ name: '流失甲', branchId: testId('c1'), ownerId: testId('u-own') });
    theirs = await customer({ name: '流失乙', branchId: testId('c1'), ownerId: testId('u-other') });
    pooled = await customer({ name: '流失丙', branchId: testId('c1'), ownerId: testId('u-other') });
    expect((await api(`/api/v1/customers/${pooled.id}/release`, { method: 'POST', body: {} })).status).toBe(
      200,
    );
    expect((await api(`/api/v1/customers/${mine.id}`)).body.churn).toMatchObject({
      status: 'active',
      flaggedAt: null,
    });

    // 29 days later nothing is due yet (the branch says 30).
    expect(await sweep(new Date(start.getTime() + 29 * DAY))).toEqual({ flagged: [], resumed: [] });
    const at = new Date(start.getTime() + 31 * DAY);
    // The pool customer has no owner to keep it: not flagged.
    expect(sorted(await sweep(at))).toEqual({ flagged: [mine.id, theirs.id].sort(), resumed: [] });
    // The same clock again: nothing new, no second event.
    expect(await sweep(at)).toEqual({ flagged: [], resumed: [] });
    expect((await flaggedEvents()).sort()).toEqual([mine.id, theirs.id].sort());

    const got = (await api(`/api/v1/customers/${mine.id}`)).body;
    expect(got.churn).toMatchObject({ status: 'at_risk', flaggedAt: at.toISOString() });

    // The own-scope owner sees only their customer on the list, and cannot touch the other one.
    const list = await api('/api/v1/customers/churn?status=at_risk', { headers: await own(testId('u-own')) });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { customer: { id: string } }) => i.customer.id)).toEqual([mine.id]);
    expect(list.body.items[0].churn.status).toBe('at_risk');
    expect(list.body.nextCursor).toBeNull();
    const foreign = await api(`/api/v1/customers/${theirs.id}/churn/confirm`, {
      method: 'POST',
      body: { reason: '不是我的' },
      headers: await own(testId('u-own')),
    });
    expect(foreign.status).toBe(404);
    // Another branch's own-scope user sees nothing at all.
    const elsewhere = await api('/api/v1/customers/churn', {
      headers: await own(testId('u-own'), testId('c2')),
    });
    expect(elsewhere.body.items).toEqual([]);
  });

  it('pauses an at-risk customer with a plan and a date, and flags it again when the pause ends', async () => {
    const today = calendarDay(new Date(), ZONE);
    const headers = await own(testId('u-own'));
    const pause = (body: unknown, id = mine.id) =>
      api(`/api/v1/customers/${id}/churn/pause`, { method: 'POST', body, headers });
    for (const bad of [
      { plan: '', until: addDays(today, 5) },
      { plan: '回访', until: today },
      { plan: '回访', until: addDays(today, 400) },
      { plan: '回访', until: '2026-02-30' },
      { plan: '回访\u0000', until: addDays(today, 5) },
      { plan: '回访' },
    ])
      expect((await pause(bad)).status).toBe(400);
    const until = addDays(today, 10);
    const ok = await pause({ plan: '下周上门拜访，带新品样品', until });
    expect(ok.status).toBe(200);
    expect(ok.body.customer.churn).toMatchObject({
      status: 'paused',
      pausePlan: '下周上门拜访，带新品样品',
      pauseUntil: until,
      changedBy: testId('u-own'),
    });
    const timeline = await api(`/api/v1/customers/${mine.id}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({
      kind: 'CHURN',
      authorId: testId('u-own'),
      details: { action: 'paused', until },
    });
    const paused = await outboxEvents(stack.pool, 'crm.customers.customer.churn_paused');
    expect(
      paused.map((e) => [e.actor.userId, (e.payload as { previousStatus: string }).previousStatus]),
    ).toEqual([[testId('u-own'), 'CHURN_STATUS_AT_RISK']]);

    // While paused the sweep leaves it alone (even long inactive); once the date has passed and it is
    // still inactive, a new episode begins. Had it become active meanwhile, the pause just ends.
    expect(await sweep(new Date(Date.now() + 5 * DAY))).toEqual({ flagged: [], resumed: [] });
    expect(await sweep(new Date(Date.now() + 12 * DAY))).toEqual({ flagged: [], resumed: [mine.id] });
    expect((await api(`/api/v1/customers/${mine.id}`)).body.churn.status).toBe('active');
    expect(await sweep(new Date(Date.now() + 32 * DAY))).toEqual({ flagged: [mine.id], resumed: [] });
    expect((await flaggedEvents()).filter((id) => id === mine.id)).toHaveLength(2);
    expect((await api(`/api/v1/customers/${mine.id}`)).body.churn.status).toBe('at_risk');
  });

  it('a follow-up ends the risk (and a pause), without a manual step', async () => {
    const r = await api(`/api/v1/customers/${mine.id}/timeline`, {
      method: 'POST',
      body: { kind: 'CALL', summary: '电话回访，客户下月续订' },
      headers: await own(testId('u-own')),
    });
    expect(r.status).toBe(201);
    const got = (await api(`/api/v1/customers/${mine.id}`)).body.churn;
    expect(got).toMatchObject({ status: 'active', flaggedAt: null, pausePlan: null });
    expect(Date.parse(got.lastActivityAt)).toBeGreaterThan(start.getTime());
    const reactivated = await outboxEvents(stack.pool, 'crm.customers.customer.churn_reactivated');
    expect(reactivated.map((e) => (e.payload as { cause: string }).cause)).toEqual([
      'pause_ended',
      'activity',
    ]);
    // An active customer cannot be paused: there is nothing to pause.
    const pause = await api(`/api/v1/customers/${mine.id}/churn/pause`, {
      method: 'POST',
      body: { plan: '再跟', until: addDays(calendarDay(new Date(), ZONE), 3) },
    });
    expect(pause.status).toBe(422);
  });

  it('confirms a churn with a reason, lists it, and undoes it (the clock restarts)', async () => {
    const confirm = (body: unknown) =>
      api(`/api/v1/customers/${theirs.id}/churn/confirm`, { method: 'POST', body });
    expect((await confirm({ reason: '  ' })).status).toBe(400);
    expect((await confirm({})).status).toBe(400);
    const ok = await confirm({ reason: '客户已转向竞争对手' });
    expect(ok.status).toBe(200);
    expect(ok.body.customer.churn).toMatchObject({ status: 'confirmed', reason: '客户已转向竞争对手' });
    expect((await confirm({ reason: '再次' })).status).toBe(422);

    const confirmed = await api('/api/v1/customers/churn?status=confirmed');
    expect(confirmed.body.items.map((i: { customer: { id: string } }) => i.customer.id)).toEqual([theirs.id]);
    expect(confirmed.body.items[0].churn.reason).toBe('客户已转向竞争对手');
    // Confirmed customers are left alone by the sweep.
    expect(await sweep(new Date(Date.now() + 200 * DAY))).toEqual({ flagged: [mine.id], resumed: [] });

    const undo = await api(`/api/v1/customers/${theirs.id}/churn/reactivate`, { method: 'POST' });
    expect(undo.status).toBe(200);
    expect(undo.body.customer.churn).toMatchObject({ status: 'active', reason: null });
    expect((await api(`/api/v1/customers/${theirs.id}/churn/reactivate`, { method: 'POST' })).status).toBe(
      422,
    );
    const timeline = await api(`/api/v1/customers/${theirs.id}/timeline`);
    expect(
      timeline.body.items.slice(0, 2).map((e: { details: { action: string } }) => e.details.action),
    ).toEqual(['reactivated', 'confirmed']);
    const events = await outboxEvents(stack.pool, 'crm.customers.customer.churn_%');
    expect(
      events
        .filter((e) => (e.payload as { customer: { id: string } }).customer.id === theirs.id)
        .map((e) => e.subject),
    ).toEqual([
      'crm.customers.customer.churn_flagged',
      'crm.customers.customer.churn_confirmed',
      'crm.customers.customer.churn_reactivated',
    ]);
    // Active again from now: 29 days on, not at risk.
    expect(await sweep(new Date(Date.now() + 29 * DAY))).toEqual({ flagged: [], resumed: [] });
  });

  it('needs customers.update to change and a token at all, checked before the body', async () => {
    const reader = await as({
      userId: testId('r'),
      branchId: testId('c1'),
      dataScope: 'branch',
      permissions: ['customers.read'],
    });
    for (const action of ['pause', 'confirm', 'reactivate']) {
      const path = `/api/v1/customers/${mine.id}/churn/${action}`;
      expect((await api(path, { method: 'POST', body: {}, headers: reader })).status).toBe(403);
      expect((await fetch(`${stack.base}${path}`, { method: 'POST' })).status).toBe(401);
    }
    expect((await api('/api/v1/customers/churn', { headers: reader })).status).toBe(200);
    expect((await fetch(`${stack.base}/api/v1/customers/care/due`)).status).toBe(401);
  });

  it('pages the list with a cursor and refuses a foreign or bad one', async () => {
    const extra = await customer({ name: '流失丁', branchId: testId('c1'), ownerId: testId('u-own') });
    await stack.pool.query(`UPDATE customers SET created_at = now() - interval '100 days' WHERE id = $1`, [
      extra.id,
    ]);
    expect(await sweep(new Date())).toEqual({ flagged: [extra.id], resumed: [] });
    const first = await api('/api/v1/customers/churn?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    const second = await api(`/api/v1/customers/churn?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].customer.id).not.toBe(first.body.items[0].customer.id);
    const ids = [first, second].map((r) => r.body.items[0].customer.id).sort();
    expect(ids).toEqual([mine.id, extra.id].sort());
    expect(second.body.nextCursor).toBeNull();
    expect((await api(`/api/v1/customers/churn?status=paused&cursor=${first.body.nextCursor}`)).status).toBe(
      400,
    );
    expect((await api('/api/v1/customers/churn?status=active')).status).toBe(400);
  });
});
