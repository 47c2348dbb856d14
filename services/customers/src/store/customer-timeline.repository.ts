import type { Pool } from 'pg';
import { scopeCondition, type Principal } from '@crm/auth';
import { appendToOutbox } from '@crm/bus';
import { withTransaction } from '@crm/db';
import { notFound } from '@crm/errors';
import type { Customer } from '../domain/customer';
import type { DueFollowUp, DueFollowUpsPort } from '../domain/due-follow-ups.use-case';
import type { TimelineCursor, TimelineEntry, TimelineKind, TimelinePort } from '../domain/timeline.use-case';
import { followUpRecordedEvents } from '../wire/customer-events';
import { recordActivity } from './customer-churn.repository';
import { hydrate, selectCustomer } from './customer-records.repository';
import { CUSTOMER_SCOPE_COLUMNS, customerColumns, type CustomerRow } from './customer-row.mapper';

interface TimelineRow {
  id: string;
  customer_id: string;
  branch_id: string;
  kind: TimelineKind;
  occurred_at: Date;
  author_id: string | null;
  summary: string;
  details: Record<string, unknown>;
  source_event_id: string | null;
  created_at: Date;
  cursor_at: string;
}

const columns = `id, customer_id, branch_id, kind, occurred_at, author_id, summary, details, source_event_id,
  created_at, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

const toEntry = (r: TimelineRow): TimelineEntry => ({
  id: r.id,
  customerId: r.customer_id,
  branchId: r.branch_id,
  kind: r.kind,
  occurredAt: r.occurred_at,
  authorId: r.author_id,
  summary: r.summary,
  details: r.details,
  sourceEventId: r.source_event_id,
  createdAt: r.created_at,
});

/** The customer timeline (customer_timeline): follow-ups with their events, newest-first pages. */
export class CustomerTimelineRepository implements TimelinePort, DueFollowUpsPort {
  constructor(private readonly pool: Pool) {}

  findById(id: string): Promise<Customer | undefined> {
    return selectCustomer(this.pool, id);
  }

  addFollowUp(
    customerId: string,
    actor: Principal,
    build: (current: Customer) => TimelineEntry,
  ): Promise<TimelineEntry> {
    return withTransaction(this.pool, async (tx) => {
      const current = await selectCustomer(tx, customerId, { forUpdate: true });
      if (!current) throw notFound('customer', customerId);
      const e = build(current);
      await tx.query(
        `INSERT INTO customer_timeline (id, customer_id, branch_id, kind, occurred_at, author_id, summary, details,
           source_event_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          e.id,
          e.customerId,
          e.branchId,
          e.kind,
          e.occurredAt,
          e.authorId,
          e.summary,
          JSON.stringify(e.details),
          e.sourceEventId,
          e.createdAt,
        ],
      );
      // A follow-up dated earlier than the last one does not move the time back.
      await tx.query(
        `UPDATE customers SET last_follow_up_at = GREATEST(coalesce(last_follow_up_at, $2), $2) WHERE id = $1`,
        [customerId, e.occurredAt],
      );
      await appendToOutbox(tx, followUpRecordedEvents(e, actor));
      // A follow-up is activity: it ends an at-risk or paused churn state (R-CUS-8).
      await recordActivity(tx, customerId, e.occurredAt, actor);
      return e;
    });
  }

  async listDueFollowUps(
    principal: Principal,
    now: Date,
    after: TimelineCursor | undefined,
    limit: number,
  ): Promise<{ item: DueFollowUp; cursor: TimelineCursor }[]> {
    const params: unknown[] = [now, limit];
    const where = [
      'c.owner_id IS NOT NULL',
      'c.deleted_at IS NULL',
      "c.status = 'active'",
      'g.days > 0',
      'd.due_at <= $1',
    ];
    if (after) {
      params.push(after.at, after.id);
      where.push(`(d.due_at, c.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const scope = scopeCondition(principal, CUSTOMER_SCOPE_COLUMNS, params.length + 1);
    where.push(`(${scope.sql})`);
    params.push(...scope.params);
    const { rows } = await this.pool.query<CustomerRow & { due_at: Date; due_key: string }>(
      `SELECT ${customerColumns('c')}, d.due_at,
         to_char(d.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS due_key
       FROM customers c
       JOIN customer_branch_settings s ON s.branch_id = c.branch_id
       CROSS JOIN LATERAL (SELECT CASE c.grade_class WHEN 'A' THEN s.follow_up_days_a
         WHEN 'B' THEN s.follow_up_days_b WHEN 'C' THEN s.follow_up_days_c
         ELSE s.follow_up_days_unclassified END AS days) g
       CROSS JOIN LATERAL (SELECT GREATEST(coalesce(c.last_follow_up_at, c.created_at),
         coalesce(c.owned_since, c.created_at)) + make_interval(days => g.days) AS due_at) d
       WHERE ${where.join(' AND ')}
       ORDER BY d.due_at, c.id LIMIT $2`,
      params,
    );
    const customers = await hydrate(this.pool, rows);
    return customers.map((customer, i) => ({
      item: { customer, dueAt: rows[i]!.due_at },
      cursor: { at: rows[i]!.due_key, id: customer.id },
    }));
  }

  async listTimeline(
    customerId: string,
    after: TimelineCursor | undefined,
    limit: number,
  ): Promise<{ entry: TimelineEntry; cursor: TimelineCursor }[]> {
    const { rows } = await this.pool.query<TimelineRow>(
      `SELECT ${columns} FROM customer_timeline
       WHERE customer_id = $1 ${after ? 'AND (occurred_at, id) < ($3::timestamptz, $4::uuid)' : ''}
       ORDER BY occurred_at DESC, id DESC LIMIT $2`,
      after ? [customerId, limit, after.at, after.id] : [customerId, limit],
    );
    return rows.map((r) => ({ entry: toEntry(r), cursor: { at: r.cursor_at, id: r.id } }));
  }
}
