// Ordering and wording of the upcoming care occasions (生日 / 纪念日).
import type { CareDueItem, CareOccasion } from '../../../api/customers-care.types';

/** Look-ahead windows offered on the page, in days (the server's default is 30). */
export const CARE_WINDOWS = [7, 30, 60, 90] as const;

/** Soonest first; the same day by customer name then contact name (Chinese collation). */
export function sortCareItems(items: readonly CareDueItem[]): CareDueItem[] {
  const collator = new Intl.Collator('zh-CN');
  return [...items].sort(
    (a, b) =>
      a.daysUntil - b.daysUntil ||
      collator.compare(a.customerName, b.customerName) ||
      collator.compare(a.contactName ?? '', b.contactName ?? ''),
  );
}

export function filterCareItems(
  items: readonly CareDueItem[],
  occasion: CareOccasion | undefined,
): CareDueItem[] {
  return occasion ? items.filter((item) => item.occasion === occasion) : [...items];
}

export type DaysUntilKey = 'today' | 'tomorrow' | 'inDays';

/** Which message says when: today, tomorrow, or in N days. */
export function daysUntilKey(days: number): DaysUntilKey {
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return 'inDays';
}

/** The tag colour of an occasion this close: red this week, orange within two, else default. */
export function urgencyColor(days: number): string | undefined {
  if (days <= 3) return 'red';
  if (days <= 14) return 'orange';
  return undefined;
}

/** Counts per occasion, for the filter tabs. */
export function countByOccasion(items: readonly CareDueItem[]): Record<CareOccasion, number> {
  const counts: Record<CareOccasion, number> = { birthday: 0, anniversary: 0 };
  for (const item of items) counts[item.occasion] += 1;
  return counts;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const pad = (n: number) => String(n).padStart(2, '0');
const dayNumber = (ymd: string) => Date.parse(`${ymd}T00:00:00Z`) / 86_400_000;

/**
 * The next occurrence (today included) of a yearly date such as a birthday, as the customers service
 * computes it: Feb 29 is celebrated on Feb 28 in other years. Null for what is not a date.
 */
export function nextOccurrence(
  date: string | null | undefined,
  today: string,
): { date: string; daysUntil: number } | null {
  const match = /^(?:\d{4}-)?(\d{2})-(\d{2})$/.exec(date ?? '');
  const todayMatch = /^(\d{4})-\d{2}-\d{2}$/.exec(today);
  if (!match || !todayMatch) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const inYear = (year: number) => {
    const d = month === 2 && day === 29 && !isLeap(year) ? 28 : day;
    const text = `${year}-${pad(month)}-${pad(d)}`;
    // 04-31 and the like are not days of any year.
    return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text ? text : null;
  };
  const year = Number(todayMatch[1]);
  const thisYear = inYear(year);
  if (thisYear === null) return null;
  const next = thisYear >= today ? thisYear : inYear(year + 1);
  if (next === null) return null;
  return { date: next, daysUntil: Math.round(dayNumber(next) - dayNumber(today)) };
}
