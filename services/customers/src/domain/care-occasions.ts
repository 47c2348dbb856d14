import type { Customer } from './customer';
import { daysBetween, nextOccurrence } from './calendar-day';

/** An upcoming birthday of a contact or anniversary of a customer (special care, R-CUS-9). */
export interface CareOccasion {
  customerId: string;
  customerName: string;
  branchId: string;
  ownerId: string | null;
  contactId: string | null;
  contactName: string | null;
  occasion: 'birthday' | 'anniversary';
  /** The anniversary's label; the contact's name for a birthday. */
  label: string;
  /** The next occurrence, YYYY-MM-DD. */
  date: string;
  daysUntil: number;
  /** What "once per occasion and year" is counted by (with the customer, contact and year). */
  key: string;
}

/** The occasions of a customer falling from `today` to `today + days` (inclusive). */
export function occasionsOf(customer: Customer, today: string, days: number): CareOccasion[] {
  const base = {
    customerId: customer.id,
    customerName: customer.name,
    branchId: customer.branchId,
    ownerId: customer.ownerId,
  };
  const out: CareOccasion[] = [];
  const add = (o: Omit<CareOccasion, 'date' | 'daysUntil' | keyof typeof base>, stored: string) => {
    const date = nextOccurrence(stored, today);
    const daysUntil = daysBetween(today, date);
    if (daysUntil <= days) out.push({ ...base, ...o, date, daysUntil });
  };
  for (const contact of customer.contacts)
    if (contact.birthday)
      add(
        {
          contactId: contact.id,
          contactName: contact.name,
          occasion: 'birthday',
          label: contact.name,
          key: 'birthday',
        },
        contact.birthday,
      );
  for (const a of customer.anniversaries)
    add(
      {
        contactId: null,
        contactName: null,
        occasion: 'anniversary',
        label: a.label,
        key: `anniversary:${a.date.slice(5)}:${a.label}`.slice(0, 200),
      },
      a.date,
    );
  return out;
}

/** Soonest first, then by customer name and label, so that lists are stable. */
export const byDueDate = (a: CareOccasion, b: CareOccasion) =>
  a.daysUntil - b.daysUntil ||
  a.customerName.localeCompare(b.customerName, 'zh') ||
  a.label.localeCompare(b.label, 'zh');
