import { requirePermission, type Principal } from '@crm/auth';
import { fromZodError, invalidArgument } from '@crm/errors';
import { z } from 'zod';
import { customerPermissions, limits, type ChurnStatus, type Customer } from './customer';
import { requireLive, requireVisible } from './customer-change';
import { addDays, calendarDay } from './calendar-day';
import {
  activityTransition,
  confirmTransition,
  MAX_PAUSE_DAYS,
  pauseTransition,
  reactivateTransition,
  sweepTransition,
  type ChurnTransition,
} from './churn-rules';
import { requireUuid } from './get-customer.use-case';
import { pageSizeOf } from './list-customers.use-case';
import { isCalendarDate, multiLine } from './text-rules';

export { activityTransition };

/** A churn change with its timeline entry (pause and confirm are written on the timeline). */
export interface ChurnDecision {
  transition: ChurnTransition;
  timeline?: { summary: string; details: Record<string, unknown> };
}

/** Position in the churn list: least recently active first (activity to the microsecond, then id). */
export interface ChurnCursor {
  at: string;
  id: string;
}

export interface ChurnPort {
  findById(id: string): Promise<Customer | undefined>;
  /**
   * In one transaction: locks the customer, lets `decide` check it (or throw) and settle the change,
   * stores it with its timeline entry and events. Returns the customer after it.
   */
  changeChurn(
    customerId: string,
    actor: Principal,
    decide: (current: Customer) => ChurnDecision | undefined,
  ): Promise<{ customer: Customer; changed: boolean }>;
  listChurn(
    principal: Principal,
    statuses: ChurnStatus[],
    after: ChurnCursor | undefined,
    limit: number,
  ): Promise<{ customer: Customer; cursor: ChurnCursor }[]>;
  /** Owned live customers the sweep may change at `now` (active and inactive too long, or paused until before `today`). */
  sweepCandidates(
    now: Date,
    today: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<{ customer: Customer; atRiskDays: number }[]>;
}

/** The churn sweep's actor (a system principal of the customer's branch). */
export const churnSystemActor = (branchId: string): Principal => ({
  kind: 'system',
  userId: 'customers.churn',
  roles: [],
  permissions: [],
  branchId,
  dataScope: 'all',
});

const pauseInput = z.object({
  customerId: z.string(),
  plan: multiLine(limits.churnPlan).refine((v) => v.length > 0, 'is required'),
  until: z.string().refine(isCalendarDate, 'must be a date (YYYY-MM-DD)'),
});
const confirmInput = z.object({
  customerId: z.string(),
  reason: multiLine(limits.churnReason).refine((v) => v.length > 0, 'is required'),
});

/** Checks the caller may change this customer's churn state (customers.update and data scope). */
function changeable(caller: Principal, current: Customer, id: string): Customer {
  requireVisible(caller, current, id);
  requireLive(current);
  return current;
}

/** 暂缓流失 (R-CUS-8): an at-risk customer is paused with a plan until a date (tomorrow .. a year ahead). */
export async function pauseChurn(
  port: ChurnPort,
  principal: Principal | undefined,
  input: { customerId: string; plan: string; until: string },
  options: { now?: Date; timeZone: string },
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.update);
  requireUuid(input.customerId, 'customerId');
  const parsed = pauseInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, 'pause is invalid');
  const now = options.now ?? new Date();
  const today = calendarDay(now, options.timeZone);
  const { plan, until } = parsed.data;
  if (until <= today || until > addDays(today, MAX_PAUSE_DAYS))
    throw invalidArgument('until is out of range', [
      { field: 'until', message: `must be after today (${today}) and at most ${MAX_PAUSE_DAYS} days ahead` },
    ]);
  const { customer } = await port.changeChurn(input.customerId, caller, (current) => {
    const c = changeable(caller, current, input.customerId);
    return {
      transition: pauseTransition(c.churn, { plan, until }, caller.userId, now),
      timeline: { summary: `暂缓流失至 ${until}：${plan}`, details: { action: 'paused', plan, until } },
    };
  });
  return customer;
}

/** 确定流失 (R-CUS-8): the customer is considered lost, with a reason. */
export async function confirmChurn(
  port: ChurnPort,
  principal: Principal | undefined,
  input: { customerId: string; reason: string },
  now: Date = new Date(),
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.update);
  requireUuid(input.customerId, 'customerId');
  const parsed = confirmInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, 'confirmation is invalid');
  const { reason } = parsed.data;
  const { customer } = await port.changeChurn(input.customerId, caller, (current) => {
    const c = changeable(caller, current, input.customerId);
    return {
      transition: confirmTransition(c.churn, reason, caller.userId, now),
      timeline: { summary: `确定流失：${reason}`, details: { action: 'confirmed', reason } },
    };
  });
  return customer;
}

/** Undoes a confirmed churn. */
export async function reactivateChurn(
  port: ChurnPort,
  principal: Principal | undefined,
  input: { customerId: string },
  now: Date = new Date(),
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.update);
  requireUuid(input.customerId, 'customerId');
  const { customer } = await port.changeChurn(input.customerId, caller, (current) => {
    const c = changeable(caller, current, input.customerId);
    return {
      transition: reactivateTransition(c.churn, caller.userId, now),
      timeline: { summary: '撤销确定流失（重新激活）', details: { action: 'reactivated' } },
    };
  });
  return customer;
}

const listable: ChurnStatus[] = ['at_risk', 'paused', 'confirmed'];

/** Customers at risk, paused or confirmed in the caller's data scope, least recently active first. */
export async function listChurn(
  port: ChurnPort,
  principal: Principal | undefined,
  query: { status: ChurnStatus | undefined; pageSize: number; pageToken: string },
): Promise<{ customers: Customer[]; nextPageToken: string }> {
  const caller = requirePermission(principal, customerPermissions.read);
  if (query.status !== undefined && !listable.includes(query.status))
    throw invalidArgument('status is invalid', [
      { field: 'status', message: `must be one of ${listable.join(', ')}` },
    ]);
  const statuses = query.status ? [query.status] : listable;
  const limit = pageSizeOf(query.pageSize);
  const filter = statuses.join(',');
  const after = query.pageToken ? decodeChurnCursor(query.pageToken, filter) : undefined;
  const rows = await port.listChurn(caller, statuses, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    customers: page.map((r) => r.customer),
    nextPageToken: rows.length > limit && last ? encodeChurnCursor(last.cursor, filter) : '',
  };
}

// A cursor belongs to one status filter; it carries the last row's activity time and id.
export function encodeChurnCursor(cursor: ChurnCursor, filter: string): string {
  return Buffer.from(`ch1:${filter}:${cursor.at}:${cursor.id}`).toString('base64url');
}

export function decodeChurnCursor(token: string, filter: string): ChurnCursor {
  const text = token.length <= 300 ? Buffer.from(token, 'base64url').toString('utf8') : '';
  const m = /^ch1:([a-z_,]+):(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z):([0-9a-f-]{36})$/.exec(text);
  if (m && m[1] === filter) return { at: m[2]!, id: m[3]! };
  throw invalidArgument('pageToken is invalid', [
    { field: 'pageToken', message: 'is invalid or belongs to another status filter' },
  ]);
}

const SWEEP_BATCH = 500;
const SWEEP_MAX_BATCHES = 40;

/**
 * The churn sweep (a timer runs it; tests call it with a fixed clock): flags owned customers without
 * activity for their branch's churn_at_risk_days (churn_flagged once per episode: a flagged customer
 * is not a candidate again until it is active again) and ends expired pauses.
 */
export async function sweepChurn(
  port: ChurnPort,
  now: Date,
  timeZone: string,
): Promise<{ flagged: string[]; resumed: string[] }> {
  const today = calendarDay(now, timeZone);
  const flagged: string[] = [];
  const resumed: string[] = [];
  let afterId: string | undefined;
  for (let batch = 0; batch < SWEEP_MAX_BATCHES; batch += 1) {
    const candidates = await port.sweepCandidates(now, today, afterId, SWEEP_BATCH);
    for (const { customer, atRiskDays } of candidates) {
      const r = await port.changeChurn(customer.id, churnSystemActor(customer.branchId), (current) => {
        if (!current.ownerId || current.deletedAt || current.status !== 'active') return undefined;
        const transition = sweepTransition(current.churn, current.createdAt, atRiskDays, now, today);
        return transition && { transition };
      });
      if (r.changed) (r.customer.churn.status === 'at_risk' ? flagged : resumed).push(customer.id);
    }
    if (candidates.length < SWEEP_BATCH) break;
    afterId = candidates.at(-1)!.customer.id;
  }
  return { flagged, resumed };
}
