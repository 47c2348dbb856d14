import type { JetStreamClient } from '@nats-io/jetstream';
import type pg from 'pg';
import { fallbackLogger, withTransaction, type Logger } from '@crm/db';
import { productionNamespace, type BusNamespace } from './bus-namespace';
import type { EventEnvelope } from './event-envelope';
import { publishOutboxEvent } from './outbox-publish';

export interface OutboxFastPathOptions {
  pool: pg.Pool;
  js: JetStreamClient;
  ns?: BusNamespace;
  logger?: Logger;
  /** How long to wait for JetStream's ack (default 2 s; past it the relay takes over). */
  publishTimeoutMs?: number;
}

/**
 * Publish-after-commit: right after the transaction that appended events to the outbox commits,
 * publishes them (Nats-Msg-Id = event id, as the relay does) and marks their rows published, saving
 * the relay's round (NOTIFY, wake-up, claim transaction) on a latency-critical path. The relay stays
 * the fallback and the only path for everything else: a row this does not mark (publish failed,
 * process died) is published by the relay, and a relay that publishes the same event meanwhile is
 * dropped by JetStream's duplicate window (2 min on our streams, deploy/jetstream/streams.json).
 *
 * Call only with events whose transaction has committed, and per ordering key one call after the
 * other (IdempotentConsumer's afterCommit does both), so they enter the stream in outbox order.
 */
export class OutboxFastPath {
  private readonly pool: pg.Pool;
  private readonly js: JetStreamClient;
  private readonly ns: BusNamespace;
  private readonly logger: Logger;
  private readonly publishTimeoutMs: number;
  /** Published ids not yet marked; marked together, one statement for whatever piled up. */
  private unmarked: string[] = [];
  private marking: Promise<void> | undefined;

  constructor(opts: OutboxFastPathOptions) {
    this.pool = opts.pool;
    this.js = opts.js;
    this.ns = opts.ns ?? productionNamespace;
    this.logger = opts.logger ?? fallbackLogger;
    this.publishTimeoutMs = opts.publishTimeoutMs ?? 2_000;
  }

  /** Publishes committed events in order; resolves once JetStream has them. Never throws. */
  async publish(events: readonly EventEnvelope<unknown>[]): Promise<void> {
    for (const event of events) {
      try {
        await publishOutboxEvent(this.js, this.ns, event.type, event, this.publishTimeoutMs);
      } catch (err) {
        // Stop here: the later ones must not overtake this one. The relay publishes them in order.
        this.logger.warn({ err, eventId: event.id }, 'outbox fast path: publish failed; left to the relay');
        return;
      }
      this.unmarked.push(event.id);
    }
    this.marking ??= this.mark();
  }

  /** Waits for the marks in progress (e.g. before the pool closes). */
  async flush(): Promise<void> {
    while (this.marking) await this.marking;
  }

  private async mark(): Promise<void> {
    try {
      while (this.unmarked.length > 0) {
        const ids = this.unmarked;
        this.unmarked = [];
        try {
          await withTransaction(this.pool, async (client) => {
            // The mark need not wait for the WAL flush: only a PostgreSQL crash in the next fraction
            // of a second can lose it, and then the relay publishes the event again, which JetStream
            // drops as a duplicate (within its window; consumers' inboxes beyond it).
            await client.query('SET LOCAL synchronous_commit = off');
            await client.query(
              `UPDATE outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL
               WHERE id = ANY($1::uuid[]) AND published_at IS NULL`,
              [ids],
            );
          });
        } catch (err) {
          this.logger.warn(
            { err, count: ids.length },
            'outbox fast path: mark failed; the relay re-publishes',
          );
        }
      }
    } finally {
      this.marking = undefined;
    }
  }
}
