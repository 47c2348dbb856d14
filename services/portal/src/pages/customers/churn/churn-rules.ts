// Which churn actions a row offers, and the client-side checks of their forms.
import type { ChurnStatus } from '../../../api/customers-care.types';

export type ChurnAction = 'pause' | 'confirm' | 'reactivate';

/**
 * At risk: pause (暂缓流失, with a plan) or confirm (确定流失). Paused: confirm, or change the plan.
 * Confirmed: reactivate. The service decides in the end (owner or scope + customers.update).
 */
export function churnActions(status: ChurnStatus, canUpdate: boolean): ChurnAction[] {
  if (!canUpdate) return [];
  switch (status) {
    case 'at_risk':
      return ['pause', 'confirm'];
    case 'paused':
      return ['pause', 'confirm'];
    case 'confirmed':
      return ['reactivate'];
    case 'active':
      return [];
  }
}

export const CHURN_STATUS_COLORS: Record<ChurnStatus, string> = {
  active: 'green',
  at_risk: 'orange',
  paused: 'blue',
  confirmed: 'red',
};

/** How far ahead a pause may run (the customers service's MAX_PAUSE_DAYS). */
export const MAX_PAUSE_DAYS = 366;

/** `today` + `days`, both YYYY-MM-DD (calendar arithmetic in UTC, so no time zone shifts a day). */
export function addDays(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A pause lasts until a real day after today, at most MAX_PAUSE_DAYS ahead. */
export function isValidPauseUntil(value: string | null | undefined, today: string): boolean {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // A real calendar day (not 2026-02-30): it survives a round trip through a UTC date.
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  return value > today && value <= addDays(today, MAX_PAUSE_DAYS);
}

/** Whole days since an ISO instant (for "no activity for N days"); null when unknown. */
export function daysSince(iso: string | null | undefined, now: Date): number | null {
  if (!iso) return null;
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return null;
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / 86_400_000));
}
