import type pg from 'pg';
import type { Queryable } from '@crm/db';

/**
 * Records that `consumer` processed `eventId`, in the handler's transaction. Returns false when
 * it was already recorded, i.e. this delivery is a duplicate and must change nothing.
 */
export async function recordInInbox(
  client: pg.ClientBase,
  consumer: string,
  eventId: string,
): Promise<boolean> {
  const result = await client.query(
    'INSERT INTO inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [consumer, eventId],
  );
  return result.rowCount === 1;
}

/**
 * Deletes inbox entries older than `olderThanDays`. Keep it well beyond the stream's max age: an
 * event still in the stream could be redelivered (e.g. after a consumer reset) and would run again.
 */
export async function deleteProcessedInbox(db: Queryable, olderThanDays: number): Promise<number> {
  const result = await db.query('DELETE FROM inbox WHERE processed_at < now() - make_interval(days => $1)', [
    olderThanDays,
  ]);
  return result.rowCount ?? 0;
}
