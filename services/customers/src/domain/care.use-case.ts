import { requirePermission, type Principal } from '@crm/auth';
import { invalidArgument } from '@crm/errors';
import { customerPermissions, type Customer } from './customer';
import { calendarDay, monthDaysInWindow } from './calendar-day';
import { byDueDate, occasionsOf, type CareOccasion } from './care-occasions';
import { careLeadDaysMax, DEFAULT_CARE_LEAD_DAYS } from './customer-settings';

export const CARE_DEFAULT_DAYS = 30;
export const CARE_MAX_DAYS = 366;
/** At most this many occasions in one answer (soonest first). */
export const CARE_LIST_LIMIT = 500;

export interface CarePort {
  /**
   * Live, approved customers with a contact birthday or an anniversary on one of `monthDays` (MM-DD),
   * in id order after `afterId`; within the principal's data scope when one is given (the sweep has none).
   */
  careCandidates(
    monthDays: string[],
    scope: Principal | undefined,
    afterId: string | undefined,
    limit: number,
  ): Promise<Customer[]>;
  /** The care lead days of every branch that has settings (others have the default). */
  careLeadDays(): Promise<Map<string, number>>;
  /** Records the occasion for its year and publishes crm.customers.care.due; false when it was sent already. */
  publishCareDue(occasion: CareOccasion, actor: Principal): Promise<boolean>;
}

export const careSystemActor = (branchId: string): Principal => ({
  kind: 'system',
  userId: 'customers.care',
  roles: [],
  permissions: [],
  branchId,
  dataScope: 'all',
});

const BATCH = 1000;

/** Birthdays and anniversaries in the caller's data scope from today to `days` ahead (R-CUS-9). */
export async function listCareDue(
  port: CarePort,
  principal: Principal | undefined,
  query: { days: number },
  options: { now?: Date; timeZone: string },
): Promise<CareOccasion[]> {
  const caller = requirePermission(principal, customerPermissions.read);
  if (!Number.isInteger(query.days) || query.days < 0 || query.days > CARE_MAX_DAYS)
    throw invalidArgument('days is invalid', [
      { field: 'days', message: `a whole number from 0 to ${CARE_MAX_DAYS}` },
    ]);
  const days = query.days || CARE_DEFAULT_DAYS;
  const today = calendarDay(options.now ?? new Date(), options.timeZone);
  const monthDays = monthDaysInWindow(today, days);
  const found: CareOccasion[] = [];
  let afterId: string | undefined;
  for (;;) {
    const customers = await port.careCandidates(monthDays, caller, afterId, BATCH);
    for (const c of customers) found.push(...occasionsOf(c, today, days));
    if (customers.length < BATCH) break;
    afterId = customers.at(-1)!.id;
  }
  return found.sort(byDueDate).slice(0, CARE_LIST_LIMIT);
}

/**
 * The care sweep (a timer runs it; tests call it with a fixed clock): every occasion within its
 * branch's care lead days publishes crm.customers.care.due once per occasion and year.
 */
export async function sweepCare(port: CarePort, now: Date, timeZone: string): Promise<{ published: number }> {
  const today = calendarDay(now, timeZone);
  const leadDays = await port.careLeadDays();
  const lead = (branchId: string) => leadDays.get(branchId) ?? DEFAULT_CARE_LEAD_DAYS;
  const window = Math.min(Math.max(DEFAULT_CARE_LEAD_DAYS, ...leadDays.values()), careLeadDaysMax);
  const monthDays = monthDaysInWindow(today, window);
  let published = 0;
  let afterId: string | undefined;
  for (;;) {
    const customers = await port.careCandidates(monthDays, undefined, afterId, BATCH);
    for (const c of customers)
      for (const occasion of occasionsOf(c, today, lead(c.branchId)))
        if (await port.publishCareDue(occasion, careSystemActor(c.branchId))) published += 1;
    if (customers.length < BATCH) break;
    afterId = customers.at(-1)!.id;
  }
  return { published };
}
