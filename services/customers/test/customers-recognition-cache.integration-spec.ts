/**
 * Recognition and the Redis lookup cache: the cache is not the truth. An entry naming a customer that
 * PostgreSQL does not hold (another database behind the same prefix, a restored backup, a purge whose
 * invalidation was lost) is dropped and the tap resolved from PostgreSQL, once, without redeliveries;
 * a follow-up (which moves the fields of the screen pop without a profile write) shows in the next pop.
 */
import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import {
  encodeEvent,
  namespacedConsumer,
  namespacedStream,
  namespacedSubject,
  newEvent,
  type EventEnvelope,
} from '@crm/bus';
import { waitFor } from '@crm/testing';
import { outboxEvents, startCustomersStack, type CustomersStack } from './support/customers-test-stack';

let stack: CustomersStack;
beforeAll(async () => {
  stack = await startCustomersStack();
}, 30_000);
afterAll(async () => {
  await stack?.stop();
}, 30_000);

const SITE = 'site-cache-1';

async function customerWithCard(name: string, uid: string) {
  const r = await stack.api('/api/v1/customers', { method: 'POST', body: { kind: 'INDIVIDUAL', name } });
  expect(r.status).toBe(201);
  const c = r.body as { id: string; branchId: string };
  const card = await stack.api(`/api/v1/customers/${c.id}/cards`, { method: 'POST', body: { uid } });
  expect(card.status).toBe(201);
  return c;
}

/** Taps the card as the gateway's ingress would publish it, and returns the answer once it is in. */
async function tap(uid: string, branchId: string) {
  const event: EventEnvelope = newEvent(
    'crm.edge.card.tapped',
    branchId,
    { kind: 'site', userId: SITE },
    { siteId: SITE, seq: 1, cardUid: uid, desk: 'counter-9' },
  );
  await jetstream(stack.nc).publish(namespacedSubject(stack.ns, event.type), encodeEvent(event), {
    msgID: event.id,
  });
  const [answer] = await waitFor(
    async () => {
      const found = (await outboxEvents(stack.pool, 'crm.customers.customer.%recognized')).filter(
        (e) => e.payload.edgeEventId === event.id,
      );
      return found.length > 0 && found;
    },
    { message: `no answer to the tap of ${uid}` },
  );
  return { event, answer: answer! };
}

const cacheKey = (uid: string) => `${stack.redisPrefix}card:${uid}`;

async function cachedIds(uid: string): Promise<string[] | undefined> {
  const raw = await stack.redis.get(cacheKey(uid));
  return raw ? (JSON.parse(raw) as { customers: { id: string }[] }).customers.map((c) => c.id) : undefined;
}

/** Replaces the customers' ids in the cached answer of `uid` with ids no database holds. */
async function poisonCache(uid: string): Promise<string> {
  const raw = await stack.redis.get(cacheKey(uid));
  expect(raw).not.toBeNull();
  const bogus = randomUUID();
  const cached = JSON.parse(raw!) as { customers: { id: string; cards: { customerId?: string }[] }[] };
  for (const c of cached.customers) {
    c.id = bogus;
    for (const card of c.cards) if (card.customerId) card.customerId = bogus;
  }
  await stack.redis.set(cacheKey(uid), JSON.stringify(cached), { EX: 600 });
  return bogus;
}

async function recognitionConsumerState() {
  const jsm = await jetstreamManager(stack.nc);
  return jsm.consumers.info(
    namespacedStream(stack.ns, 'CRM_EDGE'),
    namespacedConsumer(stack.ns, 'customers-recognition'),
  );
}

async function drained() {
  await waitFor(
    async () => {
      const info = await recognitionConsumerState();
      return info.num_pending === 0 && info.num_ack_pending === 0;
    },
    { message: 'customers-recognition did not drain CRM_EDGE' },
  );
}

const timelineCustomers = async (sourceEventId: string) =>
  (
    await stack.pool.query<{ customer_id: string }>(
      'SELECT customer_id FROM customer_timeline WHERE source_event_id = $1',
      [sourceEventId],
    )
  ).rows.map((r) => r.customer_id);

describe('recognition with a lookup cache that disagrees with PostgreSQL', () => {
  it('drops a cached customer that PostgreSQL does not hold and recognises the card’s real holder, once', async () => {
    const c = await customerWithCard('缓存客户', '04C0FFEE01');
    await tap('04C0FFEE01', c.branchId); // fills the cache
    expect(await cachedIds('04C0FFEE01')).toEqual([c.id]);
    const bogus = await poisonCache('04C0FFEE01');
    expect(await cachedIds('04C0FFEE01')).toEqual([bogus]);

    const { event, answer } = await tap('04C0FFEE01', c.branchId);
    await drained();

    expect(answer.subject).toBe('crm.customers.customer.recognized');
    expect(answer.payload).toMatchObject({ pop: { customerId: c.id, name: '缓存客户' } });
    expect(await timelineCustomers(event.id)).toEqual([c.id]);
    expect(await cachedIds('04C0FFEE01')).toEqual([c.id]);
    const info = await recognitionConsumerState();
    expect(info.num_redelivered).toBe(0);
  });

  it('answers unrecognized when the cached customer is gone and the card is nobody’s in PostgreSQL', async () => {
    const c = await customerWithCard('将被清除', '04C0FFEE02');
    await tap('04C0FFEE02', c.branchId);
    await poisonCache('04C0FFEE02');
    // The card is no longer active in this database (as after a restore that predates it).
    await stack.pool.query("UPDATE customer_cards SET status = 'revoked' WHERE uid = $1", ['04C0FFEE02']);

    const { event, answer } = await tap('04C0FFEE02', c.branchId);
    await drained();

    expect(answer).toMatchObject({
      subject: 'crm.customers.customer.unrecognized',
      payload: { cardUid: '04C0FFEE02', edgeEventId: event.id },
    });
    expect(await timelineCustomers(event.id)).toEqual([]);
    const info = await recognitionConsumerState();
    expect(info.num_redelivered).toBe(0);
    const dlq = await jetstreamManager(stack.nc).then((jsm) =>
      jsm.streams.info(namespacedStream(stack.ns, 'CRM_DLQ')),
    );
    expect(dlq.state.messages).toBe(0);
  });

  it('shows a follow-up recorded after the card was cached in the next pop', async () => {
    const c = await customerWithCard('回访客户', '04C0FFEE03');
    const first = await tap('04C0FFEE03', c.branchId);
    expect(first.answer.payload).toMatchObject({ pop: { lastFollowUpAt: '' } });
    expect(await cachedIds('04C0FFEE03')).toEqual([c.id]);
    const occurredAt = '2026-01-05T08:30:00.000Z';
    const followUp = await stack.api(`/api/v1/customers/${c.id}/timeline`, {
      method: 'POST',
      body: { kind: 'CALL', summary: '电话回访', occurredAt },
    });
    expect(followUp.status).toBe(201);

    const second = await tap('04C0FFEE03', c.branchId);

    expect(second.answer.payload).toMatchObject({ pop: { customerId: c.id, lastFollowUpAt: occurredAt } });
  });
});
