// Calendar days (YYYY-MM-DD) as the branches live them: "today" is the date in the business time
// zone (config BUSINESS_TIME_ZONE), not UTC, so a birthday or a pause ends at local midnight.

const DAY_MS = 86_400_000;

/** The calendar date of `now` in `timeZone` (an IANA name such as Asia/Shanghai). */
export function calendarDay(now: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whether the name is a time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];
const utc = (day: string) => {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d);
};
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => format(utc(day) + n * DAY_MS);
export const daysBetween = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / DAY_MS);
export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The next occurrence, on or after `today`, of a yearly date (its year is ignored). Feb 29 falls on
 * Feb 28 in years without it.
 */
export function nextOccurrence(date: string, today: string): string {
  const [, month, day] = parts(date);
  const on = (year: number) => {
    const d = month === 2 && day === 29 && !isLeapYear(year) ? 28 : day;
    return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const year = parts(today)[0];
  const thisYear = on(year);
  return thisYear >= today ? thisYear : on(year + 1);
}

/**
 * The month-days (MM-DD) of the stored dates that can occur from `today` to `today + days`: the
 * window's own days, plus 02-29 when Feb 28 of a year without Feb 29 lies in it. Used to narrow the
 * database query; nextOccurrence decides.
 */
export function monthDaysInWindow(today: string, days: number): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= Math.min(days, 366); i += 1) {
    const day = addDays(today, i);
    out.add(day.slice(5));
    if (day.slice(5) === '02-28' && !isLeapYear(parts(day)[0])) out.add('02-29');
  }
  return [...out].sort();
}
