import type { PoolClient } from 'pg';
import type { TimelineKind } from '../domain/timeline.use-case';

/**
 * A timeline entry written by the service itself (churn changes, documents) inside the caller's
 * transaction; follow-ups written by staff go through CustomerTimelineRepository.
 */
export async function appendTimelineEntry(
  tx: PoolClient,
  e: {
    customerId: string;
    branchId: string;
    kind: Extract<TimelineKind, 'churn' | 'document'>;
    authorId: string | null;
    summary: string;
    details: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO customer_timeline (id, customer_id, branch_id, kind, occurred_at, author_id, summary, details,
       created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $5)`,
    [
      crypto.randomUUID(),
      e.customerId,
      e.branchId,
      e.kind,
      e.at,
      e.authorId,
      [...e.summary].slice(0, 2000).join(''),
      JSON.stringify(e.details),
    ],
  );
}
