import type { JetStreamClient } from '@nats-io/jetstream';
import { withTransaction } from '@crm/db';
import { createTestLogger, waitFor } from '@crm/testing';
import { appendToOutbox, deletePublishedOutbox, newEvent, OutboxRelay, type BusNamespace } from '../src';
import { createBusTestKit, eventIds, readStream, type BusTestKit } from './bus-test-kit';

jest.setTimeout(30_000);

const actor = { userId: 'u-1', kind: 'user' as const };
const created = (n: number) => newEvent('crm.customers.customer.created', 'branch-1', actor, { n });

describe('outbox and relay', () => {
  let kit: BusTestKit;
  let ns: BusNamespace;
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    kit = await createBusTestKit();
  });

  beforeEach(async () => {
    ns = await kit.newNamespace();
    // Each test starts from an empty outbox; published rows of earlier tests would only add noise.
    await kit.db.pool.query('TRUNCATE outbox');
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
  });

  afterAll(async () => {
    await kit.close();
  });

  function relay(opts: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}): OutboxRelay {
    const r = new OutboxRelay({ pool: kit.db.pool, js: kit.js, ns, logger: createTestLogger(), ...opts });
    relays.push(r);
    return r;
  }

  async function unpublished(): Promise<number> {
    const { rows } = await kit.db.pool.query(
      'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL',
    );
    return rows[0].n;
  }

  async function waitAllPublished(message: string): Promise<void> {
    await waitFor(async () => (await unpublished()) === 0, { message });
  }

  it('publishes the committed transaction’s event exactly once, and nothing of a rolled-back one', async () => {
    await relay({ pollIntervalMs: 60_000 }).start();
    const rolledBack = created(1);
    const committed = created(2);

    await expect(
      withTransaction(kit.db.pool, async (client) => {
        await appendToOutbox(client, rolledBack);
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, committed));

    // pollIntervalMs is a minute: only the trigger's NOTIFY can make this fast.
    await waitAllPublished('the committed event to be published');
    const messages = await readStream(kit.jsm, ns, 'CRM_CUSTOMERS');
    expect(eventIds(messages)).toEqual([committed.id]);
    expect(messages[0]!.subject).toBe(`${ns.subjectPrefix}crm.customers.customer.created`);
    expect(messages[0]!.headers['Nats-Msg-Id']).toBe(committed.id);
    const { rows } = await kit.db.pool.query('SELECT id FROM outbox');
    expect(rows).toEqual([{ id: committed.id }]);
  });

  it('publishes a backlog written while no relay ran, in order, across batches', async () => {
    const events = Array.from({ length: 25 }, (_, i) => created(i));
    // Some in one transaction, some one per transaction.
    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, events.slice(0, 10)));
    for (const e of events.slice(10))
      await withTransaction(kit.db.pool, (client) => appendToOutbox(client, e));

    const r = relay({ batchSize: 7 });
    await r.start();

    await waitAllPublished('the backlog to be published');
    const messages = await readStream(kit.jsm, ns, 'CRM_CUSTOMERS');
    expect(eventIds(messages)).toEqual(events.map((e) => e.id));
    expect(r.stats).toMatchObject({ published: 25, duplicates: 0 });
  });

  it('writes a large list of events with COPY: the same rows, in order, and a rolled-back one leaves none', async () => {
    // 64 and more events of one call take the COPY path; payloads with text COPY must escape.
    const hostile = (i: number) =>
      newEvent('crm.customers.customer.created', 'branch-1', actor, {
        n: i,
        name: `tab\there, line\nbreak, back\\slash \\N, "quoted" 青山 ${i}`,
      });
    const events = Array.from({ length: 150 }, (_, i) => hostile(i));
    await expect(
      withTransaction(kit.db.pool, async (client) => {
        await appendToOutbox(
          client,
          events.map((_, i) => hostile(1000 + i)),
        );
        throw new Error('refused half-way');
      }),
    ).rejects.toThrow('refused half-way');
    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, events));

    const { rows } = await kit.db.pool.query<{ id: string; subject: string; envelope: unknown }>(
      'SELECT id, subject, envelope FROM outbox ORDER BY seq',
    );
    expect(rows).toEqual(events.map((e) => ({ id: e.id, subject: e.type, envelope: e })));
    await relay().start();
    await waitAllPublished('the copied events to be published');
    expect(eventIds(await readStream(kit.jsm, ns, 'CRM_CUSTOMERS'))).toEqual(events.map((e) => e.id));
  });

  it('loses and doubles nothing when it dies between publishing and marking', async () => {
    // Simulates a crash after JetStream stored the batch but before the mark committed: the first
    // UPDATE of published_at fails (a sequence survives the rollback, so it fails only once).
    await kit.db.pool.query(`
      CREATE SEQUENCE IF NOT EXISTS mark_failures;
      CREATE OR REPLACE FUNCTION fail_first_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('mark_failures') = 1 THEN RAISE EXCEPTION 'simulated crash before mark'; END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER fail_first_mark BEFORE UPDATE OF published_at ON outbox
        FOR EACH STATEMENT EXECUTE FUNCTION fail_first_mark();
    `);
    try {
      const events = Array.from({ length: 5 }, (_, i) => created(i));
      await withTransaction(kit.db.pool, (client) => appendToOutbox(client, events));

      // A long retry pause keeps this relay from recovering by itself before it is "killed".
      const first = relay({ retry: { initialMs: 60_000, maxMs: 60_000 } });
      await first.start();
      await waitFor(() => first.stats.failures === 1, { message: 'the mark to fail' });
      expect(first.stats.published).toBe(5);
      await first.stop();
      expect(await unpublished()).toBe(5);
      expect(eventIds(await readStream(kit.jsm, ns, 'CRM_CUSTOMERS'))).toEqual(events.map((e) => e.id));

      const second = relay();
      await second.start();

      await waitAllPublished('the restarted relay to publish the unmarked rows');
      // Re-published with the same Nats-Msg-Id: JetStream dropped every copy.
      expect(second.stats).toMatchObject({ published: 0, duplicates: 5 });
      expect(eventIds(await readStream(kit.jsm, ns, 'CRM_CUSTOMERS'))).toEqual(events.map((e) => e.id));
    } finally {
      await kit.db.pool.query('DROP TRIGGER fail_first_mark ON outbox');
    }
  });

  it('keeps rows and retries when JetStream refuses them, then publishes in order', async () => {
    const logger = createTestLogger();
    const r = relay({ logger, retry: { initialMs: 20, maxMs: 50 } });
    // A subject no stream captures: JetStream has no responder for it.
    const orphan = newEvent('crm.nobody.thing.happened', 'branch-1', actor, {});
    const after = created(1);
    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, [orphan, after]));
    await r.start();

    await waitFor(() => r.stats.failures >= 2, { message: 'repeated publish failures' });
    const { rows } = await kit.db.pool.query(
      'SELECT id, attempts, last_error, published_at FROM outbox ORDER BY seq',
    );
    expect(rows[0]).toMatchObject({ id: orphan.id, published_at: null });
    expect(rows[0].attempts).toBeGreaterThanOrEqual(2);
    expect(rows[0].last_error).toBeTruthy();
    // The later event waits behind the failing one rather than overtaking it.
    expect(rows[1]).toMatchObject({ id: after.id, published_at: null });
    expect(
      logger.entries.some(
        (e) =>
          e.level === 'error' &&
          /crm\.nobody\.thing\.happened/.test(String((e.obj as { err?: Error }).err?.message)),
      ),
    ).toBe(true);

    // Once the stream exists, the relay gets through on its own.
    await kit.jsm.streams.add({
      name: `${ns.streamPrefix}NOBODY`,
      subjects: [`${ns.subjectPrefix}crm.nobody.>`],
    });
    await waitAllPublished('the blocked rows to be published once a stream captures them');
    expect(eventIds(await readStream(kit.jsm, ns, 'CRM_CUSTOMERS'))).toEqual([after.id]);
  });

  it('lets two relays run side by side without publishing a row twice', async () => {
    const events = Array.from({ length: 60 }, (_, i) => created(i));
    for (let i = 0; i < events.length; i += 6) {
      await withTransaction(kit.db.pool, (client) => appendToOutbox(client, events.slice(i, i + 6)));
    }
    const a = relay({ batchSize: 5, pollIntervalMs: 10 });
    const b = relay({ batchSize: 5, pollIntervalMs: 10 });
    await Promise.all([a.start(), b.start()]);

    await waitAllPublished('both relays to drain the outbox');
    // No duplicates at all, not even ones JetStream would have dropped, and stream order = outbox order.
    expect(a.stats.duplicates + b.stats.duplicates).toBe(0);
    expect(a.stats.published + b.stats.published).toBe(60);
    expect(eventIds(await readStream(kit.jsm, ns, 'CRM_CUSTOMERS'))).toEqual(events.map((e) => e.id));
  });

  it('finishes the batch in flight when stopped', async () => {
    const events = Array.from({ length: 20 }, (_, i) => created(i));
    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, events));
    // Hold the third publish until the test has asked the relay to stop.
    let publishes = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gatedJs: JetStreamClient = Object.create(kit.js, {
      publish: {
        value: async (...args: Parameters<JetStreamClient['publish']>) => {
          if (++publishes === 3) await gate;
          return kit.js.publish(...args);
        },
      },
    });
    const r = relay({ js: gatedJs, batchSize: 20 });
    await r.start();
    await waitFor(() => publishes === 3, { message: 'the relay to be mid-batch' });

    let stopped = false;
    const stopping = r.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;

    // The whole batch went out and was marked before stop() resolved.
    expect(await unpublished()).toBe(0);
    expect(eventIds(await readStream(kit.jsm, ns, 'CRM_CUSTOMERS'))).toEqual(events.map((e) => e.id));
  });

  it('wakes on the trigger’s NOTIFY rather than waiting for the poll', async () => {
    await relay({ pollIntervalMs: 60_000 }).start();
    for (const n of [1, 2, 3]) {
      await withTransaction(kit.db.pool, (client) => appendToOutbox(client, created(n)));
      await waitAllPublished(`event ${n} to be published well before the one-minute poll`);
    }
  });

  it('re-establishes LISTEN after losing its connection', async () => {
    const logger = createTestLogger();
    await relay({ pollIntervalMs: 60_000, logger }).start();
    const { rows } = await kit.db.pool.query(
      "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'crm-outbox-relay'",
    );
    expect(rows).toEqual([{ killed: true }]);
    await waitFor(() => logger.entries.some((e) => /LISTEN connection lost/.test(e.msg ?? '')), {
      message: 'the relay to notice the lost connection',
    });

    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, created(1)));

    // With a one-minute poll, only a re-established LISTEN (or its catch-up pass) publishes this in time.
    await waitAllPublished('the event to be published after LISTEN came back');
  });

  it('deletes published rows older than the retention, and nothing else', async () => {
    const [old, recent, pending] = [created(1), created(2), created(3)];
    await withTransaction(kit.db.pool, (client) => appendToOutbox(client, [old, recent, pending]));
    await kit.db.pool.query(
      `UPDATE outbox SET published_at = CASE id WHEN $1 THEN now() - interval '8 days' ELSE now() - interval '6 days' END
       WHERE id IN ($1, $2)`,
      [old.id, recent.id],
    );

    expect(await deletePublishedOutbox(kit.db.pool, 7)).toBe(1);

    const { rows } = await kit.db.pool.query('SELECT id FROM outbox ORDER BY seq');
    expect(rows.map((r) => r.id)).toEqual([recent.id, pending.id]);
  });

  it('refuses to append an invalid event', async () => {
    await expect(
      withTransaction(kit.db.pool, (client) => appendToOutbox(client, { ...created(1), id: 'not-a-uuid' })),
    ).rejects.toThrow(/id must be a UUID/);
  });
});
