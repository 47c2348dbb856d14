import type { Pool, PoolClient } from 'pg';
import { scopeCondition, type Principal } from '@crm/auth';
import { appendToOutbox } from '@crm/bus';
import { withTransaction } from '@crm/db';
import { notFound } from '@crm/errors';
import {
  activityTransition,
  type ChurnCursor,
  type ChurnDecision,
  type ChurnPort,
} from '../domain/churn.use-case';
import type { ChurnTransition } from '../domain/churn-rules';
import type { ChurnStatus, Customer } from '../domain/customer';
import { DEFAULT_CHURN_AT_RISK_DAYS } from '../domain/customer-settings';
import { churnEvents } from '../wire/customer-care-events';
import { hydrate, selectCustomer } from './customer-records.repository';
import { CUSTOMER_SCOPE_COLUMNS, customerColumns, type CustomerRow } from './customer-row.mapper';
import { lookupKeysOf, type LookupCache } from './lookup-cache';
import { appendTimelineEntry } from './timeline-entries';

const ACTIVITY = 'coalesce(c.last_activity_at, c.created_at)';
const CURSOR_AT = `to_char(${ACTIVITY} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Writes the churn columns of a decided transition (the profile and its version are not touched). */
async function writeChurn(tx: PoolClient, customerId: string, t: ChurnTransition): Promise<void> {
  const n = t.next;
  await tx.query(
    `UPDATE customers SET churn_status = $2, churn_flagged_at = $3, churn_pause_plan = $4, churn_pause_until = $5,
       churn_reason = $6, churn_changed_by = $7, churn_changed_at = $8,
       last_activity_at = GREATEST(coalesce(last_activity_at, $9), $9)
     WHERE id = $1`,
    [
      customerId,
      n.status,
      n.flaggedAt,
      n.pausePlan,
      n.pauseUntil,
      n.reason,
      n.changedBy,
      n.changedAt,
      t.lastActivityAt ?? null,
    ],
  );
}

/**
 * A follow-up was recorded at `at` (inside its transaction): the activity clock moves, and an at-risk
 * or paused customer is active again (churn_reactivated, cause "activity").
 */
export async function recordActivity(
  tx: PoolClient,
  customerId: string,
  at: Date,
  actor: Principal,
): Promise<void> {
  await tx.query(
    'UPDATE customers SET last_activity_at = GREATEST(coalesce(last_activity_at, $2), $2) WHERE id = $1',
    [customerId, at],
  );
  const before = await selectCustomer(tx, customerId);
  const t = before && activityTransition(before.churn, at);
  if (!before || !t) return;
  await writeChurn(tx, customerId, t);
  const after = (await selectCustomer(tx, customerId))!;
  await appendToOutbox(tx, churnEvents(t, before, after, before.churn.status, actor));
}

/** Churn state of customers (R-CUS-8): its changes with their events and timeline entries, its list. */
export class CustomerChurnRepository implements ChurnPort {
  constructor(
    private readonly pool: Pool,
    private readonly lookups: LookupCache,
  ) {}

  findById(id: string): Promise<Customer | undefined> {
    return selectCustomer(this.pool, id);
  }

  async changeChurn(
    customerId: string,
    actor: Principal,
    decide: (current: Customer) => ChurnDecision | undefined,
  ): Promise<{ customer: Customer; changed: boolean }> {
    const outcome = await withTransaction(this.pool, async (tx) => {
      const before = await selectCustomer(tx, customerId, { forUpdate: true });
      if (!before) throw notFound('customer', customerId);
      const decision = decide(before);
      if (!decision) return { customer: before, changed: false };
      const t = decision.transition;
      await writeChurn(tx, customerId, t);
      if (decision.timeline)
        await appendTimelineEntry(tx, {
          customerId,
          branchId: before.branchId,
          kind: 'churn',
          authorId: actor.kind === 'system' ? null : actor.userId,
          summary: decision.timeline.summary,
          details: decision.timeline.details,
          at: t.next.changedAt ?? new Date(),
        });
      const after = (await selectCustomer(tx, customerId))!;
      await appendToOutbox(tx, churnEvents(t, before, after, before.churn.status, actor));
      return { customer: after, changed: true };
    });
    // Lookups answer whole records (churn included): drop the cached ones.
    if (outcome.changed) await this.lookups.invalidate(lookupKeysOf(outcome.customer));
    return outcome;
  }

  async listChurn(
    principal: Principal,
    statuses: ChurnStatus[],
    after: ChurnCursor | undefined,
    limit: number,
  ): Promise<{ customer: Customer; cursor: ChurnCursor }[]> {
    const params: unknown[] = [statuses, limit];
    const where = ['c.churn_status = ANY($1::text[])', 'c.deleted_at IS NULL'];
    if (after) {
      params.push(after.at, after.id);
      where.push(`(${ACTIVITY}, c.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const scope = scopeCondition(principal, CUSTOMER_SCOPE_COLUMNS, params.length + 1);
    where.push(`(${scope.sql})`);
    params.push(...scope.params);
    const { rows } = await this.pool.query<CustomerRow & { cursor_at: string }>(
      `SELECT ${customerColumns('c')}, ${CURSOR_AT} AS cursor_at FROM customers c
       WHERE ${where.join(' AND ')}
       ORDER BY ${ACTIVITY}, c.id LIMIT $2`,
      params,
    );
    const customers = await hydrate(this.pool, rows);
    return customers.map((customer, i) => ({
      customer,
      cursor: { at: rows[i]!.cursor_at, id: customer.id },
    }));
  }

  async sweepCandidates(
    now: Date,
    today: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<{ customer: Customer; atRiskDays: number }[]> {
    // A branch without a settings row has the default days.
    const { rows } = await this.pool.query<CustomerRow & { at_risk_days: number }>(
      `SELECT ${customerColumns('c')}, coalesce(s.churn_at_risk_days, $4::int) AS at_risk_days
       FROM customers c LEFT JOIN customer_branch_settings s ON s.branch_id = c.branch_id
       WHERE c.owner_id IS NOT NULL AND c.deleted_at IS NULL AND c.status = 'active'
         AND ((c.churn_status = 'active' AND coalesce(s.churn_at_risk_days, $4::int) > 0
               AND ${ACTIVITY} + make_interval(days => coalesce(s.churn_at_risk_days, $4::int)) <= $1)
           OR (c.churn_status = 'paused' AND c.churn_pause_until < $2::date))
         ${afterId ? 'AND c.id > $5' : ''}
       ORDER BY c.id LIMIT $3`,
      afterId
        ? [now, today, limit, DEFAULT_CHURN_AT_RISK_DAYS, afterId]
        : [now, today, limit, DEFAULT_CHURN_AT_RISK_DAYS],
    );
    const customers = await hydrate(this.pool, rows);
    return customers.map((customer, i) => ({ customer, atRiskDays: rows[i]!.at_risk_days }));
  }
}
