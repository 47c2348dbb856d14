import type { JetStreamClient } from '@nats-io/jetstream';
import pg from 'pg';
import { fallbackLogger, withTransaction, type Logger } from '@crm/db';
import { backoffDelay, type BackoffOptions } from './backoff';
import { productionNamespace, type BusNamespace } from './bus-namespace';
import {
  claimOutboxBatch,
  deletePublishedOutbox,
  markOutboxPublished,
  outboxChannel,
  recordOutboxFailure,
  type LeaveFresh,
  type OutboxRow,
} from './outbox.repository';
import { publishOutboxEvent } from './outbox-publish';

/**
 * Transaction-scoped advisory lock held while a batch is published. With several replicas only one
 * publishes at a time, so the stream receives events in outbox order (SKIP LOCKED alone would let
 * two relays publish consecutive batches side by side, interleaved).
 */
const RELAY_LOCK_KEY = '7302640418237542'; // arbitrary constant, unique among our advisory locks

export interface OutboxRelayOptions {
  pool: pg.Pool;
  js: JetStreamClient;
  ns?: BusNamespace;
  logger?: Logger;
  /** Rows claimed and published per transaction (default 100). */
  batchSize?: number;
  /** Fallback poll when no notification arrives, e.g. while the LISTEN connection is down (default 1 s). */
  pollIntervalMs?: number;
  /** How long to wait for JetStream's ack of one publish (default 5 s). */
  publishTimeoutMs?: number;
  /** Pause after a failed batch, growing with consecutive failures (default 200 ms … 30 s). */
  retry?: Partial<BackoffOptions>;
  /** Periodic deletion of published rows (default: keep 7 days, check hourly); false turns it off. */
  cleanup?: { retainDays: number; intervalMs?: number } | false;
  /**
   * Rows of these subjects younger than `forMs` are left to OutboxFastPath, which publishes them
   * right after their commit in an order the relay cannot see (per ordering key, while their
   * transactions commit side by side); the relay publishes them only if they are still unpublished
   * after that (a failed publish, a process that died), on its next poll.
   */
  leaveFresh?: LeaveFresh;
}

export interface OutboxRelayStats {
  /** Messages JetStream stored. */
  published: number;
  /** Publishes JetStream recognised as already stored (a retry after a failed mark). */
  duplicates: number;
  /** Batches that failed (publish or database error). */
  failures: number;
}

interface Sleeper {
  resolve(): void;
  wakeable: boolean;
}

/**
 * Publishes outbox rows to JetStream, in seq order, with Nats-Msg-Id = event id. A row is marked
 * published in the same transaction that claimed it, after JetStream acked it; if the process dies
 * in between, the row is published again and JetStream's duplicate window drops the copy.
 * Woken at once by the outbox trigger's NOTIFY, and polls as a fallback.
 */
export class OutboxRelay {
  readonly stats: OutboxRelayStats = { published: 0, duplicates: 0, failures: 0 };
  private readonly pool: pg.Pool;
  private readonly js: JetStreamClient;
  private readonly ns: BusNamespace;
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly publishTimeoutMs: number;
  private readonly retry: BackoffOptions;
  private readonly cleanup: { retainDays: number; intervalMs: number } | false;
  private readonly leaveFresh: LeaveFresh | undefined;

  private running = false;
  private stopping = false;
  private loopDone: Promise<void> | undefined;
  private sleeper: Sleeper | undefined;
  /** A notification arrived while a batch was running: do another pass before sleeping. */
  private woken = false;
  private listener: pg.Client | undefined;
  private listenTimer: NodeJS.Timeout | undefined;
  private cleanupTimer: NodeJS.Timeout | undefined;

  constructor(opts: OutboxRelayOptions) {
    this.pool = opts.pool;
    this.js = opts.js;
    this.ns = opts.ns ?? productionNamespace;
    this.logger = opts.logger ?? fallbackLogger;
    this.batchSize = opts.batchSize ?? 100;
    this.pollIntervalMs = opts.pollIntervalMs ?? 1_000;
    this.publishTimeoutMs = opts.publishTimeoutMs ?? 5_000;
    this.retry = { initialMs: opts.retry?.initialMs ?? 200, maxMs: opts.retry?.maxMs ?? 30_000 };
    this.leaveFresh = opts.leaveFresh;
    this.cleanup =
      opts.cleanup === false
        ? false
        : { retainDays: opts.cleanup?.retainDays ?? 7, intervalMs: opts.cleanup?.intervalMs ?? 3_600_000 };
  }

  /** Starts listening and publishing; returns once the first LISTEN attempt is done. */
  async start(): Promise<void> {
    if (this.running) throw new Error('outbox relay already started');
    this.running = true;
    this.stopping = false;
    await this.listen();
    this.loopDone = this.loop();
    if (this.cleanup) {
      const { retainDays, intervalMs } = this.cleanup;
      this.cleanupTimer = setInterval(() => void this.cleanupOnce(retainDays), intervalMs);
      this.cleanupTimer.unref();
    }
  }

  /** Lets the batch in flight finish (publish and mark), then stops. Unpublished rows wait for the next start. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    this.sleeper?.resolve();
    clearInterval(this.cleanupTimer);
    clearTimeout(this.listenTimer);
    await this.loopDone;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    this.running = false;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      this.woken = false;
      let more: boolean;
      try {
        more = await this.publishBatch();
        failures = 0;
      } catch (err) {
        failures++;
        this.stats.failures++;
        const delay = backoffDelay(failures, this.retry);
        this.logger.error(
          { err, failures, retryInMs: delay },
          'outbox relay: batch failed, rows stay unpublished',
        );
        // Not wakeable: a burst of new events must not cut the backoff short.
        await this.sleep(delay, false);
        continue;
      }
      if (!more) await this.sleep(this.pollIntervalMs, true);
    }
  }

  /** One transaction: claim, publish in order, mark. Returns true when more rows are likely waiting. */
  private async publishBatch(): Promise<boolean> {
    const result = await withTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        [RELAY_LOCK_KEY],
      );
      // Another relay is publishing; it will also pick up our rows. Its NOTIFY-driven passes and
      // our next poll keep things moving if it stops.
      if (!rows[0]?.locked) return { claimed: 0, failure: undefined };
      const batch = await claimOutboxBatch(client, this.batchSize, this.leaveFresh);
      const published: string[] = [];
      let failure: { row: OutboxRow; err: unknown } | undefined;
      for (const row of batch) {
        try {
          await this.publish(row);
          published.push(row.id);
        } catch (err) {
          // Stop at the first failure: publishing later rows would overtake this one.
          failure = { row, err };
          await recordOutboxFailure(client, row.id, err instanceof Error ? err.message : String(err));
          break;
        }
      }
      await markOutboxPublished(client, published);
      return { claimed: batch.length, failure };
    });
    if (result.failure) {
      const { row, err } = result.failure;
      throw new Error(
        `publishing outbox event ${row.id} (${row.subject}) failed: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    return result.claimed === this.batchSize;
  }

  private async publish(row: OutboxRow): Promise<void> {
    const ack = await publishOutboxEvent(this.js, this.ns, row.subject, row.envelope, this.publishTimeoutMs);
    if (ack.duplicate) {
      this.stats.duplicates++;
      this.logger.info(
        { eventId: row.id, subject: row.subject },
        'outbox relay: event was already in the stream',
      );
    } else {
      this.stats.published++;
    }
  }

  /** Waits `ms`, or less if stopped or (when wakeable) notified of new rows. */
  private sleep(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopping || (wakeable && this.woken)) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      const sleeper: Sleeper = { resolve: done, wakeable };
      this.sleeper = sleeper;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    }).then(() => {
      this.sleeper = undefined;
    });
  }

  private wake(): void {
    this.woken = true;
    if (this.sleeper?.wakeable) this.sleeper.resolve();
  }

  /**
   * A dedicated connection (not from the pool: it stays checked out for as long as the relay runs)
   * that LISTENs for the outbox trigger. If it fails, the relay keeps polling and reconnects.
   */
  private async listen(): Promise<void> {
    if (this.stopping) return;
    const client = new pg.Client({ ...this.pool.options, application_name: 'crm-outbox-relay' });
    client.on('notification', (n) => {
      if (n.channel === outboxChannel) this.wake();
    });
    client.on('error', (err) => this.listenerLost(client, err));
    client.on('end', () => this.listenerLost(client, new Error('connection closed')));
    try {
      await client.connect();
      await client.query(`LISTEN ${outboxChannel}`);
    } catch (err) {
      this.logger.warn({ err }, 'outbox relay: cannot LISTEN, polling until it can');
      await client.end().catch(() => undefined);
      this.listenTimer = setTimeout(() => void this.listen(), 5_000);
      return;
    }
    if (this.stopping) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    // Rows committed before LISTEN took effect sent their NOTIFY to no one; look now.
    this.wake();
  }

  private listenerLost(client: pg.Client, err: Error): void {
    if (client !== this.listener || this.stopping) return;
    this.listener = undefined;
    this.logger.warn({ err }, 'outbox relay: LISTEN connection lost, polling until it is back');
    client.end().catch(() => undefined);
    this.listenTimer = setTimeout(() => void this.listen(), 1_000);
  }

  private async cleanupOnce(retainDays: number): Promise<void> {
    try {
      const deleted = await deletePublishedOutbox(this.pool, retainDays);
      if (deleted > 0) this.logger.info({ deleted, retainDays }, 'outbox relay: deleted old published rows');
    } catch (err) {
      this.logger.warn({ err }, 'outbox relay: cleanup failed');
    }
  }
}
