import { jetstream } from '@nats-io/jetstream';
import { connectTestNats, createTestLogger, waitFor } from '@crm/testing';
import {
  encodeEvent,
  IdempotentConsumer,
  newEvent,
  type BusNamespace,
  type EventEnvelope,
  type IdempotentConsumerOptions,
} from '../src';
import {
  consumerState,
  createBusTestKit,
  readStream,
  topologyWithoutBackoff,
  type BusTestKit,
} from './bus-test-kit';

jest.setTimeout(30_000);

const actor = { userId: 'u-1', kind: 'user' as const };
const STREAM = 'CRM_CUSTOMERS';
const DURABLE = 'analytics-customers';
/** `key` is what the tests order by; `name` tells the events of one key apart. */
type Payload = { key: string; name: string };

describe('IdempotentConsumer with concurrency', () => {
  let kit: BusTestKit;
  let ns: BusNamespace;
  const consumers: IdempotentConsumer<Payload>[] = [];

  beforeAll(async () => {
    kit = await createBusTestKit();
    await kit.db.pool.query('CREATE TABLE customer_copy (event_id uuid, name text)');
    // Rows numbered as they are inserted, like the outbox's seq.
    await kit.db.pool.query('CREATE TABLE ordered_copy (seq bigserial, key text, name text)');
  });

  beforeEach(async () => {
    ns = await kit.newNamespace(topologyWithoutBackoff());
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((c) => c.stop()));
  });

  afterAll(async () => {
    await kit.close();
  });

  function consumer(
    handler: IdempotentConsumerOptions<Payload>['handler'],
    opts: Partial<IdempotentConsumerOptions<Payload>> = {},
  ): IdempotentConsumer<Payload> {
    const c = new IdempotentConsumer<Payload>({
      js: kit.js,
      pool: kit.db.pool,
      stream: STREAM,
      durable: DURABLE,
      ns,
      handler,
      logger: createTestLogger(),
      retry: { initialMs: 10, maxMs: 40 },
      concurrency: 4,
      orderingKey: (event) => event.payload.key,
      ...opts,
    });
    consumers.push(c);
    return c;
  }

  function event(key: string, name: string): EventEnvelope<Payload> {
    return newEvent('crm.customers.customer.created', 'branch-1', actor, { key, name });
  }

  async function publish(events: EventEnvelope<unknown>[]): Promise<void> {
    for (const e of events)
      await kit.js.publish(`${ns.subjectPrefix}${e.type}`, encodeEvent(e), { msgID: e.id });
  }

  async function settled(): Promise<void> {
    await waitFor(
      async () => {
        const s = await consumerState(kit.jsm, ns, STREAM, DURABLE);
        return s.pending === 0 && s.ackPending === 0;
      },
      { message: 'the consumer to ack or terminate every message' },
    );
  }

  const copy = (
    e: EventEnvelope<Payload>,
    client: { query(sql: string, values: unknown[]): Promise<unknown> },
  ) => client.query('INSERT INTO customer_copy VALUES ($1, $2)', [e.id, e.payload.name]);

  async function copiesByName(): Promise<Map<string, number>> {
    const { rows } = await kit.db.pool.query<{ name: string; n: number }>(
      'SELECT name, count(*)::int AS n FROM customer_copy GROUP BY name',
    );
    return new Map(rows.map((r) => [r.name, r.n]));
  }

  beforeEach(async () => {
    await kit.db.pool.query('TRUNCATE customer_copy');
  });

  it('handles different keys side by side, each key in stream order and one at a time, every event once', async () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    const events = Array.from({ length: 60 }, (_, i) => event(keys[i % keys.length]!, `${i}`));
    const seenPerKey = new Map<string, string[]>();
    const activePerKey = new Map<string, number>();
    let active = 0;
    let maxActive = 0;
    let maxActiveOfOneKey = 0;
    await consumer(async (e, client) => {
      active++;
      maxActive = Math.max(maxActive, active);
      const k = e.payload.key;
      activePerKey.set(k, (activePerKey.get(k) ?? 0) + 1);
      maxActiveOfOneKey = Math.max(maxActiveOfOneKey, activePerKey.get(k)!);
      seenPerKey.set(k, [...(seenPerKey.get(k) ?? []), e.payload.name]);
      // Uneven work, so that without the key's ordering later events would overtake earlier ones.
      await client.query('SELECT pg_sleep($1)', [(Number(e.payload.name) % 4) * 0.003]);
      await copy(e, client);
      activePerKey.set(k, activePerKey.get(k)! - 1);
      active--;
    }).start();

    await publish(events);
    await waitFor(async () => [...(await copiesByName()).values()].length === events.length, {
      message: 'every event to be handled',
    });
    await settled();

    for (const k of keys) {
      const expected = events.filter((e) => e.payload.key === k).map((e) => e.payload.name);
      expect(seenPerKey.get(k)).toEqual(expected);
    }
    const copies = await copiesByName();
    expect([...copies.values()].every((n) => n === 1)).toBe(true);
    expect(copies.size).toBe(events.length);
    expect(maxActive).toBeGreaterThan(1);
    expect(maxActive).toBeLessThanOrEqual(4);
    expect(maxActiveOfOneKey).toBe(1);
  });

  it('pipelined: overlaps the handlers of one key; what they write after previousHandled() and their after-commit steps follow stream order', async () => {
    await kit.db.pool.query('TRUNCATE ordered_copy');
    const events = Array.from({ length: 24 }, (_, i) => event(i % 2 === 0 ? 'site-1' : 'site-2', `${i}`));
    const activePerKey = new Map<string, number>();
    let maxActiveOfOneKey = 0;
    const afterCommitted: { key: string; name: string; visible: boolean }[] = [];
    await consumer(
      async (e, client, context) => {
        const k = e.payload.key;
        activePerKey.set(k, (activePerKey.get(k) ?? 0) + 1);
        maxActiveOfOneKey = Math.max(maxActiveOfOneKey, activePerKey.get(k)!);
        // The earlier of each pair works longer: without the turn, the later one would write first.
        await client.query('SELECT pg_sleep($1)', [Number(e.payload.name) % 4 < 2 ? 0.01 : 0]);
        await copy(e, client);
        await context.previousHandled();
        await client.query('INSERT INTO ordered_copy (key, name) VALUES ($1, $2)', [k, e.payload.name]);
        context.afterCommit(async () => {
          // Committed before its step runs, and the steps of a key one after another, in order.
          const { rows } = await kit.db.pool.query('SELECT 1 FROM customer_copy WHERE event_id = $1', [e.id]);
          afterCommitted.push({ key: k, name: e.payload.name, visible: rows.length === 1 });
          // Uneven, so that unordered steps would finish out of order.
          await new Promise((resolve) => setTimeout(resolve, Number(e.payload.name) % 3));
        });
        activePerKey.set(k, activePerKey.get(k)! - 1);
      },
      { concurrency: 6, pipelined: true },
    ).start();

    await publish(events);
    await waitFor(async () => (await copiesByName()).size === events.length, {
      message: 'every event to be handled',
    });
    await settled();

    const { rows } = await kit.db.pool.query<{ key: string; name: string }>(
      'SELECT key, name FROM ordered_copy ORDER BY seq',
    );
    for (const k of ['site-1', 'site-2']) {
      const expected = events.filter((e) => e.payload.key === k).map((e) => e.payload.name);
      expect(rows.filter((r) => r.key === k).map((r) => r.name)).toEqual(expected);
      expect(afterCommitted.filter((a) => a.key === k).map((a) => a.name)).toEqual(expected);
    }
    expect(afterCommitted.every((a) => a.visible)).toBe(true);
    expect([...(await copiesByName()).values()].every((n) => n === 1)).toBe(true);
    expect(maxActiveOfOneKey).toBeGreaterThan(1);
  });

  it('keeps handling other messages while one keeps failing, and handles that one once it succeeds', async () => {
    let release!: () => void;
    const fixed = new Promise<void>((resolve) => (release = resolve));
    let repaired = false;
    void fixed.then(() => (repaired = true));
    let badAttempts = 0;
    await consumer(async (e, client) => {
      if (e.payload.key === 'bad' && !repaired) {
        badAttempts++;
        throw new Error('not yet');
      }
      await copy(e, client);
    }).start();
    const bad = event('bad', 'bad');
    const good = Array.from({ length: 12 }, (_, i) => event(`good-${i % 3}`, `good-${i}`));

    await publish([bad, ...good]);
    await waitFor(async () => (await copiesByName()).size === good.length, {
      message: 'the other events to be handled while the first one fails',
    });
    expect((await copiesByName()).has('bad')).toBe(false);
    expect(badAttempts).toBeGreaterThanOrEqual(1);
    release();
    await waitFor(async () => (await copiesByName()).get('bad') === 1, {
      message: 'the failing event to be handled once it succeeds',
    });
    await settled();

    const copies = await copiesByName();
    expect([...copies.values()].every((n) => n === 1)).toBe(true);
    expect(copies.size).toBe(good.length + 1);
    expect(await readStream(kit.jsm, ns, 'CRM_DLQ')).toEqual([]);
  });

  it('dead-letters a poison message among good ones without holding them up', async () => {
    await consumer(async (e, client) => {
      await copy(e, client);
    }).start();
    const good = Array.from({ length: 8 }, (_, i) => event(`k${i % 2}`, `g${i}`));

    await kit.js.publish(`${ns.subjectPrefix}crm.customers.customer.created`, new TextEncoder().encode('{x'));
    await publish(good);
    await settled();

    expect((await copiesByName()).size).toBe(good.length);
    const dlq = await readStream(kit.jsm, ns, 'CRM_DLQ');
    expect(dlq.map((m) => m.data)).toEqual(['{x']);
  });

  it('after a crash between commit and ack, the redelivered messages change nothing', async () => {
    // A short ack_wait, so the server redelivers the unacked messages within the test.
    const defs = topologyWithoutBackoff();
    defs.consumers.find((c) => c.durable_name === DURABLE)!.ack_wait = '1s';
    ns = await kit.newNamespace(defs);
    const events = Array.from({ length: 4 }, (_, i) => event(`k${i}`, `c${i}`));

    // The first process: its own NATS connection, lost while its handlers are committing.
    const crashedNc = await connectTestNats();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const firstCalls: string[] = [];
    const first = consumer(
      async (e, client) => {
        firstCalls.push(e.payload.name);
        await gate;
        await copy(e, client);
      },
      { js: jetstream(crashedNc) },
    );
    await first.start();
    await publish(events);
    await waitFor(() => firstCalls.length === events.length, { message: 'all four handlers to start' });
    await crashedNc.close();
    release();
    await waitFor(async () => (await copiesByName()).size === events.length, {
      message: 'the four transactions to commit',
    });
    consumers.splice(consumers.indexOf(first), 1);
    await first.stop().catch(() => undefined);

    // The next process gets the four messages again.
    const again = jest.fn(async () => undefined);
    await consumer(again).start();
    await settled();

    expect(again).not.toHaveBeenCalled();
    expect(firstCalls.sort()).toEqual(['c0', 'c1', 'c2', 'c3']);
    const copies = await copiesByName();
    expect([...copies.entries()].sort()).toEqual([
      ['c0', 1],
      ['c1', 1],
      ['c2', 1],
      ['c3', 1],
    ]);
    const state = await consumerState(kit.jsm, ns, STREAM, DURABLE);
    expect(state.delivered).toBe(events.length);
  });

  it('drains on stop: every handler in flight commits and is acked before stop() resolves', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const c = consumer(async (e, client) => {
      started++;
      await gate;
      await copy(e, client);
    });
    await c.start();
    await publish([event('x', 'x1'), event('y', 'y1'), event('z', 'z1')]);
    await waitFor(() => started === 3, { message: 'three handlers to start' });

    let stopped = false;
    const stopping = c.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect((await copiesByName()).size).toBe(3);
    const state = await consumerState(kit.jsm, ns, STREAM, DURABLE);
    expect(state).toMatchObject({ pending: 0, ackPending: 0 });
  });
});
