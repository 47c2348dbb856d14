/**
 * Issue 4 part B, item 6: the customer timeline. Follow-ups written by staff (with their event through
 * the outbox and the customer's last follow-up time), newest-first keyset pages, the data scope of the
 * customer, refused input storing nothing, and merge moving the timeline to the record that stays.
 */
import { as, outboxEvents, startCustomersStack, type CustomersStack } from './support/customers-test-stack';
import { testId } from '@crm/testing';

let stack: CustomersStack;
beforeAll(async () => {
  stack = await startCustomersStack();
}, 30_000);
afterAll(() => stack?.stop());

const api: CustomersStack['api'] = (...args) => stack.api(...args);

async function customer(body: Record<string, unknown>, headers?: Record<string, string>) {
  const r = await api('/api/v1/customers', {
    method: 'POST',
    body: { kind: 'INDIVIDUAL', acknowledgeDuplicates: true, ...body },
    headers,
  });
  expect(r.status).toBe(201);
  return r.body;
}

const timelineRows = async (customerId: string) =>
  Number(
    (
      await stack.pool.query('SELECT count(*) AS n FROM customer_timeline WHERE customer_id = $1', [
        customerId,
      ])
    ).rows[0].n,
  );

const lastFollowUp = async (customerId: string): Promise<Date | null> =>
  (await stack.pool.query('SELECT last_follow_up_at FROM customers WHERE id = $1', [customerId])).rows[0]
    .last_follow_up_at;

describe('timeline', () => {
  it('records follow-ups with their event, sets the last follow-up time and pages newest first', async () => {
    const c = await customer({ name: '跟进客户' });
    const at = (day: number) => `2026-03-0${day}T08:00:00.000Z`;
    for (const [day, kind] of [
      [1, 'VISIT'],
      [3, 'CALL'],
      [2, 'NOTE'],
    ] as const) {
      const r = await api(`/api/v1/customers/${c.id}/timeline`, {
        method: 'POST',
        body: { kind, occurredAt: at(day), summary: `第${day}天 ${kind}`, details: { minutes: day } },
      });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({
        customerId: c.id,
        branchId: c.branchId,
        kind,
        occurredAt: at(day),
        authorId: 'test-admin',
        details: { minutes: day },
        sourceEventId: null,
      });
    }
    // The latest follow-up wins, whatever the order they were written in.
    expect((await lastFollowUp(c.id))?.toISOString()).toBe(at(3));

    const first = await api(`/api/v1/customers/${c.id}/timeline?pageSize=2`);
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: { kind: string }) => e.kind)).toEqual(['CALL', 'NOTE']);
    expect(first.body.nextPageToken).toEqual(expect.any(String));
    const second = await api(
      `/api/v1/customers/${c.id}/timeline?pageSize=2&pageToken=${first.body.nextPageToken}`,
    );
    expect(second.body.items.map((e: { kind: string }) => e.kind)).toEqual(['VISIT']);
    expect(second.body.nextPageToken).toBeNull();

    // A cursor of one timeline is refused on another.
    const other = await customer({ name: '别的客户' });
    expect(
      (await api(`/api/v1/customers/${other.id}/timeline?pageToken=${first.body.nextPageToken}`)).status,
    ).toBe(400);

    const events = (await outboxEvents(stack.pool, 'crm.customers.follow_up.%')).filter(
      (e) => (e.payload.entry as { customerId: string }).customerId === c.id,
    );
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({
      subject: 'crm.customers.follow_up.recorded',
      actor: { userId: 'test-admin' },
      payload: { entry: { kind: 'TIMELINE_ENTRY_KIND_VISIT', summary: '第1天 VISIT' } },
    });
  });

  it('refuses bad input with a 4xx and stores nothing', async () => {
    const c = await customer({ name: '坏输入客户' });
    const outboxBefore = (await outboxEvents(stack.pool)).length;
    const post = (body: unknown) => api(`/api/v1/customers/${c.id}/timeline`, { method: 'POST', body });
    const bad: unknown[] = [
      { kind: 'CARD_TAP', summary: '事件才写' },
      { kind: 'VISIT', summary: '' },
      { kind: 'VISIT', summary: '   ' },
      { kind: 'VISIT', summary: 'a\u0000b' },
      { kind: 'VISIT', summary: 'x'.repeat(2001) },
      { kind: 'VISIT', summary: 'ok', occurredAt: 'yesterday' },
      { kind: 'VISIT', summary: 'ok', occurredAt: '2999-01-01T00:00:00Z' },
      { kind: 'VISIT', summary: 'ok', extra: 1 },
      { kind: 'VISIT', summary: 'ok', details: { blob: 'x'.repeat(17_000) } },
      '{not json',
    ];
    for (const body of bad) {
      const r = await post(body);
      expect([r.status, body]).toEqual([400, body]);
      expect(r.body.code).toBe('INVALID_ARGUMENT');
    }
    expect(
      (
        await api(`/api/v1/customers/not-a-uuid/timeline`, {
          method: 'POST',
          body: { kind: 'NOTE', summary: 'x' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await api(`/api/v1/customers/00000000-0000-4000-8000-000000000000/timeline`, {
          method: 'POST',
          body: { kind: 'NOTE', summary: 'x' },
        })
      ).status,
    ).toBe(404);
    expect((await api(`/api/v1/customers/${c.id}/timeline?pageToken=garbage`)).status).toBe(400);
    expect((await api(`/api/v1/customers/${c.id}/timeline?pageSize=1000`)).status).toBe(400);

    // A deleted customer takes no follow-ups.
    expect((await api(`/api/v1/customers/${c.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await post({ kind: 'NOTE', summary: '删了还写' })).status).toBe(422);

    expect(await timelineRows(c.id)).toBe(0);
    expect(await lastFollowUp(c.id)).toBeNull();
    const outbox = await outboxEvents(stack.pool);
    expect(outbox.slice(outboxBefore).map((e) => e.subject)).not.toContain(
      'crm.customers.follow_up.recorded',
    );
  });

  it("follows the customer's data scope and the permissions", async () => {
    const mine = await customer({ name: '我的客户', branchId: testId('s1'), ownerId: testId('u1') });
    const theirs = await customer({ name: '别人的客户', branchId: testId('s1'), ownerId: testId('u2') });
    const elsewhere = await customer({ name: '外店客户', branchId: testId('s2'), ownerId: testId('u1') });
    const own = await as({
      userId: testId('u1'),
      branchId: testId('s1'),
      dataScope: 'own',
      permissions: ['customers.read', 'customers.update'],
    });
    const readOnly = await as({
      userId: testId('u1'),
      branchId: testId('s1'),
      dataScope: 'branch',
      permissions: ['customers.read'],
    });
    const write = (id: string, headers: Record<string, string>) =>
      api(`/api/v1/customers/${id}/timeline`, {
        method: 'POST',
        body: { kind: 'CALL', summary: '电话' },
        headers,
      });

    expect((await write(mine.id, own)).status).toBe(201);
    expect((await write(theirs.id, own)).status).toBe(404);
    expect((await write(elsewhere.id, own)).status).toBe(404);
    expect((await write(mine.id, readOnly)).status).toBe(403);

    expect((await api(`/api/v1/customers/${mine.id}/timeline`, { headers: own })).body.items).toHaveLength(1);
    expect((await api(`/api/v1/customers/${theirs.id}/timeline`, { headers: own })).status).toBe(404);
    expect((await api(`/api/v1/customers/${elsewhere.id}/timeline`, { headers: own })).status).toBe(404);
    expect((await api(`/api/v1/customers/${theirs.id}/timeline`, { headers: readOnly })).status).toBe(200);
    const nobody = await as({
      userId: testId('u9'),
      branchId: testId('s1'),
      dataScope: 'all',
      permissions: [],
    });
    expect((await api(`/api/v1/customers/${mine.id}/timeline`, { headers: nobody })).status).toBe(403);
    expect(await timelineRows(theirs.id)).toBe(0);
    expect(await timelineRows(elsewhere.id)).toBe(0);
  });

  it('moves the timeline to the record that stays when two customers are merged', async () => {
    const target = await customer({ name: '合并留下' });
    const source = await customer({ name: '合并并入' });
    for (const [id, summary] of [
      [target.id, '目标的跟进'],
      [source.id, '来源的跟进'],
    ])
      expect(
        (await api(`/api/v1/customers/${id}/timeline`, { method: 'POST', body: { kind: 'NOTE', summary } }))
          .status,
      ).toBe(201);
    const merged = await api(`/api/v1/customers/${target.id}/merge`, {
      method: 'POST',
      body: { sourceId: source.id },
    });
    expect(merged.status).toBe(200);
    const entries = (await api(`/api/v1/customers/${target.id}/timeline`)).body.items;
    expect(entries.map((e: { summary: string }) => e.summary).sort()).toEqual(
      ['来源的跟进', '目标的跟进'].sort(),
    );
    expect(await timelineRows(source.id)).toBe(0);
    // The target's last follow-up is the later of the two.
    const { rows } = await stack.pool.query(
      'SELECT id, last_follow_up_at FROM customers WHERE id = ANY($1)',
      [[target.id, source.id]],
    );
    const at = (id: string) => rows.find((r: { id: string }) => r.id === id).last_follow_up_at.getTime();
    expect(at(target.id)).toBe(
      Math.max(...rows.map((r: { last_follow_up_at: Date }) => r.last_follow_up_at.getTime())),
    );
  });
});
