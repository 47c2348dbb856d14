// How late a due follow-up is, for the 待跟进 list.

const DAY_MS = 86_400_000;

/** Whole days since the follow-up fell due: 0 on its first day, null when the time is unknown. */
export function overdueDays(dueAt: string | null | undefined, now: Date): number | null {
  if (!dueAt) return null;
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return null;
  return Math.max(0, Math.floor((now.getTime() - due.getTime()) / DAY_MS));
}

export type DueTone = 'overdue' | 'today';

/** A full day past due is overdue (red); less than that is due today. */
export const dueTone = (days: number): DueTone => (days >= 1 ? 'overdue' : 'today');
