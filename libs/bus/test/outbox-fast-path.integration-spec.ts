import { withTransaction } from '@crm/db';
import { createTestLogger, waitFor } from '@crm/testing';
import { appendToOutbox, newEvent, OutboxFastPath, OutboxRelay, type BusNamespace } from '../src';
import { createBusTestKit, eventIds, readStream, type BusTestKit } from './bus-test-kit';

jest.setTimeout(30_000);

const actor = { userId: 'u-1', kind: 'user' as const };
const FAST = 'crm.customers.customer.recognized';
const recognized = (n: number) => newEvent(FAST, 'branch-1', actor, { n });
const created = (n: number) => newEvent('crm.customers.customer.created', 'branch-1', actor, { n });

describe('outbox fast path (publish after commit) beside the relay', () => {
  let kit: BusTestKit;
  let ns: BusNamespace;
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    kit = await createBusTestKit();
  });

  beforeEach(async () => {
    ns = await kit.newNamespace();
    await kit.db.pool.query('TRUNCATE outbox');
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
  });

  afterAll(async () => {
    await kit.close();
  });

  const fastPath = () =>
    new OutboxFastPath({ pool: kit.db.pool, js: kit.js, ns, logger: createTestLogger() });

  function relay(opts: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}): OutboxRelay {
    const r = new OutboxRelay({ pool: kit.db.pool, js: kit.js, ns, logger: createTestLogger(), ...opts });
    relays.push(r);
    return r;
  }

  async function publishedIds(): Promise<string[]> {
    const { rows } = await kit.db.pool.query<{ id: string }>(
      'SELECT id FROM outbox WHERE published_at IS NOT NULL ORDER BY seq',
    );
    return rows.map((r) => r.id);
  }

  it('publishes committed events at once, in order, with the event id as Nats-Msg-Id, and marks them published', async () => {
    const events = [recognized(1), recognized(2), recognized(3)];
    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, events));
    const fast = fastPath();

    await fast.publish(events);
    // JetStream holds them when publish() resolves; the marks follow.
    const messages = await readStream(kit.jsm, ns, 'CRM_CUSTOMERS');
    expect(eventIds(messages)).toEqual(events.map((e) => e.id));
    expect(messages.map((m) => m.headers['Nats-Msg-Id'])).toEqual(events.map((e) => e.id));
    await fast.flush();
    expect(await publishedIds()).toEqual(events.map((e) => e.id));
  });

  it('a relay that publishes the same rows meanwhile adds no copy to the stream', async () => {
    const events = Array.from({ length: 10 }, (_, i) => recognized(i));
    await relay().start(); // no leaveFresh: it races the fast path for every row
    const fast = fastPath();
    for (const e of events) {
      await withTransaction(kit.db.pool, (client) => appendToOutbox(client, e));
      await fast.publish([e]);
    }
    await fast.flush();
    await waitFor(async () => (await publishedIds()).length === events.length, {
      message: 'every row marked published',
    });

    expect(eventIds(await readStream(kit.jsm, ns, 'CRM_CUSTOMERS'))).toEqual(events.map((e) => e.id));
  });

  it('with leaveFresh, the relay publishes other subjects at once, and fresh rows of the fast subjects only when left unpublished', async () => {
    await relay({ leaveFresh: { subjects: [FAST], forMs: 1_000 }, pollIntervalMs: 100 }).start();
    const other = created(1);
    const orphan = recognized(2); // as if the fast path had failed or the process had died
    const before = Date.now();
    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, [orphan, other]));

    await waitFor(async () => (await publishedIds()).includes(other.id), {
      message: 'the other subject to be published by the relay',
    });
    expect(await publishedIds()).toEqual([other.id]);
    await waitFor(async () => (await publishedIds()).includes(orphan.id), {
      message: 'the orphan fast-path row to be published by the relay after forMs',
    });

    // Not before forMs after its transaction began (ms rounding aside).
    expect(Date.now() - before).toBeGreaterThanOrEqual(990);
    expect(eventIds(await readStream(kit.jsm, ns, 'CRM_CUSTOMERS'))).toEqual([other.id, orphan.id]);
  });

  it('stops at a failed publish, leaving that event and the later ones to the relay, in order', async () => {
    const events = [recognized(1), recognized(2)];
    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, events));
    let calls = 0;
    const failingJs = new Proxy(kit.js, {
      get(target, prop, receiver) {
        if (prop === 'publish')
          return async () => {
            calls++;
            throw new Error('JetStream unavailable');
          };
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const fast = new OutboxFastPath({ pool: kit.db.pool, js: failingJs, ns, logger: createTestLogger() });

    await fast.publish(events);
    await fast.flush();

    expect(calls).toBe(1);
    expect(await publishedIds()).toEqual([]);
    await relay({ leaveFresh: { subjects: [FAST], forMs: 0 } }).start();
    await waitFor(async () => (await publishedIds()).length === 2, { message: 'the relay to publish both' });
    expect(eventIds(await readStream(kit.jsm, ns, 'CRM_CUSTOMERS'))).toEqual(events.map((e) => e.id));
  });
});
