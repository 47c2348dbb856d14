import { failedPrecondition } from '@crm/errors';
import { activeChurn, type ChurnState, type ChurnStatus } from './customer';

const DAY_MS = 86_400_000;
/** How far ahead a pause may run. */
export const MAX_PAUSE_DAYS = 366;

/** The events of churn changes (crm.customers.customer.churn_*). */
export type ChurnEvent = 'churn_flagged' | 'churn_paused' | 'churn_confirmed' | 'churn_reactivated';

/** A decided change of a customer's churn state. */
export interface ChurnTransition {
  next: ChurnState;
  event: ChurnEvent;
  /** churn_reactivated: manual (confirmed churn undone), activity (a follow-up), pause_ended. */
  cause?: 'manual' | 'activity' | 'pause_ended';
  /** A new activity time (a reactivation restarts the clock). */
  lastActivityAt?: Date;
}

/** Whether a customer last active at `lastActivityAt` is at risk at `now` (0 days: never). */
export function isAtRisk(lastActivityAt: Date, atRiskDays: number, now: Date): boolean {
  return atRiskDays > 0 && lastActivityAt.getTime() + atRiskDays * DAY_MS <= now.getTime();
}

/**
 * What the sweep does with a customer: flag an active one that has been inactive too long (a new
 * episode, churn_flagged once), and end an expired pause (flagged again when still inactive,
 * otherwise active). Confirmed and already-flagged customers are left alone.
 */
export function sweepTransition(
  churn: ChurnState,
  createdAt: Date,
  atRiskDays: number,
  now: Date,
  today: string,
): ChurnTransition | undefined {
  const inactive = isAtRisk(churn.lastActivityAt ?? createdAt, atRiskDays, now);
  const flagged = (): ChurnTransition => ({
    next: { ...activeChurn(churn.lastActivityAt), status: 'at_risk', flaggedAt: now },
    event: 'churn_flagged',
  });
  if (churn.status === 'active') return inactive ? flagged() : undefined;
  if (churn.status === 'paused' && churn.pauseUntil !== null && churn.pauseUntil < today)
    return inactive
      ? flagged()
      : { next: activeChurn(churn.lastActivityAt), event: 'churn_reactivated', cause: 'pause_ended' };
  return undefined;
}

const refuse = (status: ChurnStatus, what: string) =>
  failedPrecondition(`the customer's churn status is ${status}; ${what}`);

/** 暂缓流失: only an at-risk customer (or a paused one, to change the plan) can be paused. */
export function pauseTransition(
  churn: ChurnState,
  input: { plan: string; until: string },
  actorId: string,
  now: Date,
): ChurnTransition {
  if (churn.status !== 'at_risk' && churn.status !== 'paused')
    throw refuse(churn.status, 'only a customer at risk of churn can be paused');
  return {
    next: {
      ...churn,
      status: 'paused',
      pausePlan: input.plan,
      pauseUntil: input.until,
      reason: null,
      changedBy: actorId,
      changedAt: now,
    },
    event: 'churn_paused',
  };
}

/** 确定流失: any customer not confirmed already. */
export function confirmTransition(
  churn: ChurnState,
  reason: string,
  actorId: string,
  now: Date,
): ChurnTransition {
  if (churn.status === 'confirmed') throw refuse(churn.status, 'it is confirmed already');
  return {
    next: {
      ...churn,
      status: 'confirmed',
      pausePlan: null,
      pauseUntil: null,
      reason,
      changedBy: actorId,
      changedAt: now,
    },
    event: 'churn_confirmed',
  };
}

/** Undoes a confirmed churn; the customer counts as active from now (else the sweep flags it at once). */
export function reactivateTransition(churn: ChurnState, actorId: string, now: Date): ChurnTransition {
  if (churn.status !== 'confirmed') throw refuse(churn.status, 'only a confirmed churn can be undone');
  return {
    next: { ...activeChurn(now), changedBy: actorId, changedAt: now },
    event: 'churn_reactivated',
    cause: 'manual',
    lastActivityAt: now,
  };
}

/**
 * A new follow-up is a sign of life: an at-risk or paused customer is active again. A confirmed churn
 * stays until someone reactivates it on purpose.
 */
export function activityTransition(churn: ChurnState, at: Date): ChurnTransition | undefined {
  if (churn.status !== 'at_risk' && churn.status !== 'paused') return undefined;
  const latest = churn.lastActivityAt && churn.lastActivityAt > at ? churn.lastActivityAt : at;
  return { next: activeChurn(latest), event: 'churn_reactivated', cause: 'activity' };
}
