import path from 'node:path';
import type pg from 'pg';
import { copyIn, copyRows, copyValue, type Queryable } from '@crm/db';
import { envelopeProblem } from './event-codec';
import type { EventEnvelope } from './event-envelope';

/** SQL migrations for the outbox and inbox tables; run them with the service's own (namespace 'bus'). */
export const busMigrationsDir = path.resolve(__dirname, 'migrations');
export const busMigrationsNamespace = 'bus';

/** Channel the outbox trigger notifies on commit; the relay LISTENs on it. */
export const outboxChannel = 'crm_outbox';

/**
 * From this many events of one call on, COPY: PostgreSQL parses each envelope on its own instead of
 * one JSON array of all of them, half the cost per event (measured with the customers import's
 * batches of 2,000). A statement is cheaper for the few events of an ordinary change.
 */
const COPY_FROM = 64;

/**
 * Records events for publishing, inside the caller's transaction: pass the client of the
 * transaction that makes the change (a pool would commit the row on its own and break atomicity).
 * Events of one call keep their order.
 */
export async function appendToOutbox(
  client: pg.ClientBase,
  events: EventEnvelope<unknown> | readonly EventEnvelope<unknown>[],
): Promise<void> {
  const list = Array.isArray(events) ? events : [events as EventEnvelope<unknown>];
  if (list.length === 0) return;
  for (const event of list) {
    // Refuse here what consumers could not decode, so a bad event fails the request, not the bus.
    const problem = envelopeProblem(event);
    if (problem) throw new Error(`cannot append event to outbox: ${problem}`);
  }
  if (list.length >= COPY_FROM) {
    await copyIn(
      client,
      'COPY outbox (id, subject, envelope) FROM STDIN',
      copyRows(list.map((e) => [e.id, copyValue(e.type), copyValue(JSON.stringify(e))])),
    );
    return;
  }
  // One JSON array parameter: a jsonb[] of big envelopes costs several times more to encode and parse.
  await client.query(
    `INSERT INTO outbox (id, subject, envelope)
     SELECT (e->>'id')::uuid, e->>'type', e FROM json_array_elements($1::json) WITH ORDINALITY AS t(e, ord)
     ORDER BY ord`,
    [JSON.stringify(list)],
  );
}

export interface OutboxRow {
  id: string;
  subject: string;
  envelope: EventEnvelope<unknown>;
  seq: string;
}

/**
 * Locks the oldest unpublished rows for the caller's transaction. SKIP LOCKED lets a second relay
 * pass over rows another relay is publishing instead of waiting for (and then republishing) them.
 */
export async function claimOutboxBatch(
  client: pg.ClientBase,
  limit: number,
  leaveFresh?: LeaveFresh,
): Promise<OutboxRow[]> {
  const { rows } = leaveFresh
    ? await client.query<OutboxRow>(
        `SELECT id, subject, envelope, seq FROM outbox
         WHERE published_at IS NULL
           AND NOT (subject = ANY($2::text[]) AND created_at > now() - make_interval(secs => $3))
         ORDER BY seq
         LIMIT $1
         FOR UPDATE SKIP LOCKED`,
        [limit, leaveFresh.subjects, leaveFresh.forMs / 1000],
      )
    : await client.query<OutboxRow>(
        `SELECT id, subject, envelope, seq FROM outbox
         WHERE published_at IS NULL
         ORDER BY seq
         LIMIT $1
         FOR UPDATE SKIP LOCKED`,
        [limit],
      );
  return rows;
}

/** Subjects whose rows another path publishes right after their commit (see OutboxRelayOptions). */
export interface LeaveFresh {
  subjects: string[];
  /** From the row's transaction start. */
  forMs: number;
}

export async function markOutboxPublished(client: pg.ClientBase, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query(
    'UPDATE outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])',
    [ids],
  );
}

export async function recordOutboxFailure(client: pg.ClientBase, id: string, error: string): Promise<void> {
  await client.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [
    id,
    error.slice(0, 2000),
  ]);
}

/** Deletes published rows older than `olderThanDays`; they only serve debugging once published. */
export async function deletePublishedOutbox(db: Queryable, olderThanDays: number): Promise<number> {
  const result = await db.query(
    'DELETE FROM outbox WHERE published_at IS NOT NULL AND published_at < now() - make_interval(days => $1)',
    [olderThanDays],
  );
  return result.rowCount ?? 0;
}
