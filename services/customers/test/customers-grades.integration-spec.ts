/**
 * Issue 4 part B, item 4: grades (level and class, set with PATCH) and the follow-up schedule per
 * class in the branch settings → the due follow-ups of the caller's data scope, most overdue first,
 * with the API clock and with a fixed clock on the use case.
 */
import { listDueFollowUps } from '../src/domain/due-follow-ups.use-case';
import { CustomerTimelineRepository } from '../src/store/customer-timeline.repository';
import { as, outboxEvents, startCustomersStack, type CustomersStack } from './support/customers-test-stack';
import { testId } from '@crm/testing';

let stack: CustomersStack;
beforeAll(async () => {
  stack = await startCustomersStack();
}, 30_000);
afterAll(() => stack?.stop());

const api: CustomersStack['api'] = (...args) => stack.api(...args);

async function customer(body: Record<string, unknown>) {
  const r = await api('/api/v1/customers', {
    method: 'POST',
    body: { kind: 'INDIVIDUAL', acknowledgeDuplicates: true, ...body },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; version: number };
}

/** Puts a record's clock back: owned since `ownedDaysAgo`, last followed up `followDaysAgo` (or never). */
const backdate = (id: string, ownedDaysAgo: number, followDaysAgo: number | null = null) =>
  stack.pool.query(
    `UPDATE customers SET created_at = now() - make_interval(days => $2), owned_since = now() - make_interval(days => $2),
       last_follow_up_at = CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END
     WHERE id = $1`,
    [id, ownedDaysAgo, followDaysAgo],
  );

describe('grades and due follow-ups', () => {
  it('sets the grade with PATCH and lists due follow-ups per class interval, in the caller’s scope', async () => {
    const schedule = { A: 3, B: 7, C: 30, unclassified: 0 };
    const put = await api(`/api/v1/customer-settings/${testId('g1')}`, {
      method: 'PUT',
      body: { followUpDays: schedule },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ entryReview: 'NONE', followUpDays: schedule });
    for (const bad of [
      { ...schedule, A: -1 },
      { ...schedule, B: 4000 },
      { A: 1, B: 1, C: 1 },
      { ...schedule, D: 1 },
    ])
      expect(
        (
          await api(`/api/v1/customer-settings/${testId('g1')}`, {
            method: 'PUT',
            body: { followUpDays: bad },
          })
        ).status,
      ).toBe(400);
    expect((await api(`/api/v1/customer-settings/${testId('g1')}`)).body).toMatchObject({
      version: 1,
      followUpDays: schedule,
    });

    const a = await customer({
      name: 'A类客户',
      branchId: testId('g1'),
      ownerId: testId('u1'),
      customerClass: 'A',
    });
    const b = await customer({
      name: 'B类客户',
      branchId: testId('g1'),
      ownerId: testId('u1'),
      customerClass: 'B',
    });
    const c = await customer({
      name: 'C类客户',
      branchId: testId('g1'),
      ownerId: testId('u1'),
      customerClass: 'C',
    });
    const none = await customer({ name: '未分类', branchId: testId('g1'), ownerId: testId('u1') });
    const elsewhere = await customer({
      name: '无设置分店',
      branchId: testId('g2'),
      ownerId: testId('u1'),
      customerClass: 'A',
    });
    const others = await customer({
      name: '别人的A类',
      branchId: testId('g1'),
      ownerId: testId('u2'),
      customerClass: 'A',
    });
    await backdate(a.id, 60, 4); // due a day ago
    await backdate(b.id, 60, 5); // due in two days
    await backdate(c.id, 40); // due ten days ago
    await backdate(none.id, 100); // no schedule
    await backdate(elsewhere.id, 100); // no settings in g2
    await backdate(others.id, 60, 5); // due two days ago, not u1's

    const own = await as({
      userId: testId('u1'),
      branchId: testId('g1'),
      dataScope: 'own',
      permissions: ['customers.read'],
    });
    const branch = await as({
      userId: testId('boss'),
      branchId: testId('g1'),
      dataScope: 'branch',
      permissions: ['customers.read'],
    });
    const due = async (headers: Record<string, string>, q = '') => {
      const r = await api(`/api/v1/customer-follow-ups/due${q}`, { headers });
      expect(r.status).toBe(200);
      return r.body as { items: { customer: { id: string }; dueAt: string }[]; nextPageToken: string | null };
    };
    expect((await due(own)).items.map((i) => i.customer.id)).toEqual([c.id, a.id]);
    expect((await due(branch)).items.map((i) => i.customer.id)).toEqual([c.id, others.id, a.id]);
    const first = await due(branch, '?pageSize=2');
    const second = await due(branch, `?pageSize=2&pageToken=${first.nextPageToken}`);
    expect([...first.items, ...second.items].map((i) => i.customer.id)).toEqual([c.id, others.id, a.id]);
    expect(second.nextPageToken).toBeNull();
    expect((await api('/api/v1/customer-follow-ups/due?pageToken=nonsense', { headers: own })).status).toBe(
      400,
    );
    const nobody = await as({ userId: 'x', branchId: testId('g1'), dataScope: 'all', permissions: [] });
    expect((await api('/api/v1/customer-follow-ups/due', { headers: nobody })).status).toBe(403);

    // A follow-up takes a customer off the list; so does a grade with a longer interval.
    expect(
      (
        await api(`/api/v1/customers/${c.id}/timeline`, {
          method: 'POST',
          body: { kind: 'VISIT', summary: '上门' },
        })
      ).status,
    ).toBe(201);
    const patched = await api(`/api/v1/customers/${a.id}`, {
      method: 'PATCH',
      body: { version: a.version, customerClass: 'C', level: 'HIGH_INTENT' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ customerClass: 'C', level: 'HIGH_INTENT' });
    const updated = await outboxEvents(stack.pool, 'crm.customers.customer.updated');
    expect(updated.at(-1)!.payload.changedFields).toEqual(['level', 'customerClass']);
    expect(
      (await api(`/api/v1/customers/${a.id}`, { method: 'PATCH', body: { version: 2, customerClass: 'D' } }))
        .status,
    ).toBe(400);
    expect((await due(own)).items).toEqual([]);

    // With a fixed clock: three days on, B's seven days have run out too.
    const threeDaysOn = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const principal = {
      kind: 'user' as const,
      userId: testId('u1'),
      roles: [],
      permissions: ['customers.read'],
      branchId: testId('g1'),
      dataScope: 'own' as const,
    };
    const later = await listDueFollowUps(
      new CustomerTimelineRepository(stack.pool),
      principal,
      { pageSize: 0, pageToken: '' },
      threeDaysOn,
    );
    expect(later.items.map((i) => i.customer.id)).toEqual([b.id]);
  });
});
