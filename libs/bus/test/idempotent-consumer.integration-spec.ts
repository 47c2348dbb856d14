import { createTestLogger, waitFor } from '@crm/testing';
import {
  DeadLetterHeaders,
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
type Payload = { name: string };

describe('IdempotentConsumer', () => {
  let kit: BusTestKit;
  let ns: BusNamespace;
  const consumers: IdempotentConsumer<Payload>[] = [];

  beforeAll(async () => {
    kit = await createBusTestKit();
    await kit.db.pool.query('CREATE TABLE customer_copy (event_id uuid, name text)');
  });

  beforeEach(async () => {
    // A fresh stream and consumer per test, so no test sees another's messages or delivery state.
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
      ...opts,
    });
    consumers.push(c);
    return c;
  }

  /** Publishes straight to the stream, as the relay would (without de-duplication when msgID is omitted). */
  async function publish(event: EventEnvelope<unknown>, msgID?: string): Promise<void> {
    await kit.js.publish(`${ns.subjectPrefix}${event.type}`, encodeEvent(event), msgID ? { msgID } : {});
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
    event: EventEnvelope<Payload>,
    client: { query(sql: string, values: unknown[]): Promise<unknown> },
  ) => client.query('INSERT INTO customer_copy VALUES ($1, $2)', [event.id, event.payload.name]);

  async function copies(eventId: string): Promise<number> {
    const { rows } = await kit.db.pool.query(
      'SELECT count(*)::int AS n FROM customer_copy WHERE event_id = $1',
      [eventId],
    );
    return rows[0].n;
  }

  it('handles an event once even when it is delivered twice', async () => {
    const calls: string[] = [];
    await consumer(async (event, client) => {
      calls.push(event.id);
      await copy(event, client);
    }).start();
    const event = newEvent('crm.customers.customer.created', 'branch-1', actor, { name: 'Ada' });

    // Two copies of one event in the stream (distinct msg ids get past de-duplication).
    await publish(event, 'copy-1');
    await publish(event, 'copy-2');
    await settled();

    expect(calls).toEqual([event.id]);
    expect(await copies(event.id)).toBe(1);
    const { rows } = await kit.db.pool.query('SELECT consumer FROM inbox WHERE event_id = $1', [event.id]);
    expect(rows).toEqual([{ consumer: DURABLE }]);
  });

  it('acks without calling the handler when the inbox already holds the event (a commit whose ack was lost)', async () => {
    const handler = jest.fn(async () => undefined);
    await consumer(handler).start();
    const event = newEvent('crm.customers.customer.created', 'branch-1', actor, { name: 'Edsger' });
    await kit.db.pool.query('INSERT INTO inbox (consumer, event_id) VALUES ($1, $2)', [DURABLE, event.id]);

    await publish(event);
    await settled();

    expect(handler).not.toHaveBeenCalled();
  });

  it('rolls back a failed attempt’s writes and retries until the handler succeeds', async () => {
    let attempts = 0;
    await consumer(async (event, client) => {
      await copy(event, client);
      if (++attempts < 3) throw new Error(`transient failure ${attempts}`);
    }).start();
    const event = newEvent('crm.customers.customer.created', 'branch-1', actor, { name: 'Grace' });

    await publish(event);
    await settled();

    expect(attempts).toBe(3);
    expect(await copies(event.id)).toBe(1);
    expect(await readStream(kit.jsm, ns, 'CRM_DLQ')).toEqual([]);
  });

  it('dead-letters an event after exactly maxDeliver failed attempts, with the reason', async () => {
    const deliveries: number[] = [];
    await consumer(async (event) => {
      deliveries.push(deliveries.length + 1);
      throw new Error(`cannot handle ${event.payload.name}\nsecond line`);
    }).start();
    const event = newEvent('crm.customers.customer.created', 'branch-1', actor, { name: 'Linus' });

    await publish(event, event.id);
    const dlq = await waitFor(async () => (await readStream(kit.jsm, ns, 'CRM_DLQ'))[0], {
      message: 'the event to reach the dead-letter stream',
    });
    await settled();

    // max_deliver of analytics-customers in deploy/jetstream/consumers.json.
    expect(deliveries).toEqual([1, 2, 3, 4, 5]);
    expect(dlq.subject).toBe(`${ns.subjectPrefix}crm.dlq.${DURABLE}`);
    expect(JSON.parse(dlq.data)).toEqual(event);
    expect(dlq.headers[DeadLetterHeaders.Reason]).toBe(
      'handler failed 5 times: cannot handle Linus second line',
    );
    expect(dlq.headers[DeadLetterHeaders.Consumer]).toBe(DURABLE);
    expect(dlq.headers[DeadLetterHeaders.Subject]).toBe(`${ns.subjectPrefix}crm.customers.customer.created`);
    expect(dlq.headers[DeadLetterHeaders.Deliveries]).toBe('5');
    expect(await copies(event.id)).toBe(0);
    const { rows } = await kit.db.pool.query('SELECT 1 FROM inbox WHERE event_id = $1', [event.id]);
    expect(rows).toHaveLength(0);
  });

  it('sends a message that is not an event straight to the dead-letter stream', async () => {
    const handler = jest.fn(async () => undefined);
    await consumer(handler).start();

    await kit.js.publish(
      `${ns.subjectPrefix}crm.customers.customer.created`,
      new TextEncoder().encode('{oops'),
    );
    const [dlq] = await waitFor(
      async () => {
        const messages = await readStream(kit.jsm, ns, 'CRM_DLQ');
        return messages.length > 0 && messages;
      },
      { message: 'the poison message to reach the dead-letter stream' },
    );
    await settled();

    expect(handler).not.toHaveBeenCalled();
    expect(dlq!.data).toBe('{oops');
    expect(dlq!.headers[DeadLetterHeaders.Reason]).toMatch(/^undecodable: not a JSON event/);
    expect(dlq!.headers[DeadLetterHeaders.Deliveries]).toBe('1');
  });

  it('dead-letters an event whose payload fails the consumer’s schema, without calling the handler', async () => {
    const handler = jest.fn(async () => undefined);
    await consumer(handler, {
      parsePayload: (p) => {
        const name = (p as { name?: unknown }).name;
        if (typeof name !== 'string') throw new Error('payload.name must be a string');
        return { name };
      },
    }).start();
    const bad = newEvent('crm.customers.customer.created', 'branch-1', actor, { name: 42 });

    await publish(bad);
    const dlq = await waitFor(async () => (await readStream(kit.jsm, ns, 'CRM_DLQ'))[0], {
      message: 'the event to reach the dead-letter stream',
    });

    expect(handler).not.toHaveBeenCalled();
    expect(dlq.headers[DeadLetterHeaders.Reason]).toBe('undecodable: payload.name must be a string');
  });

  it('drains on stop: the handler in flight finishes, commits and is acked before stop() resolves', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    const c = consumer(async (event, client) => {
      started = true;
      await gate;
      await copy(event, client);
    });
    await c.start();
    const event = newEvent('crm.customers.customer.created', 'branch-1', actor, { name: 'Barbara' });
    await publish(event);
    await waitFor(() => started, { message: 'the handler to start' });

    let stopped = false;
    const stopping = c.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(await copies(event.id)).toBe(1);
    const state = await consumerState(kit.jsm, ns, STREAM, DURABLE);
    expect(state).toMatchObject({ pending: 0, ackPending: 0 });
  });

  it('resumes where it left off after a restart', async () => {
    const seen: string[] = [];
    const handler = async (event: EventEnvelope<Payload>) => {
      seen.push(event.payload.name);
    };
    const first = consumer(handler);
    await first.start();
    await publish(newEvent('crm.customers.customer.created', 'branch-1', actor, { name: 'one' }));
    await waitFor(() => seen.length === 1, { message: 'the first event' });
    await first.stop();

    await publish(newEvent('crm.customers.customer.updated', 'branch-1', actor, { name: 'two' }));
    await consumer(handler).start();
    await settled();

    expect(seen).toEqual(['one', 'two']);
  });

  it('refuses to start when the durable consumer does not exist', async () => {
    const c = new IdempotentConsumer({
      js: kit.js,
      pool: kit.db.pool,
      stream: STREAM,
      durable: 'nobody',
      ns,
      handler: async () => undefined,
    });
    await expect(c.start()).rejects.toThrow(/consumer not found/i);
  });
});
