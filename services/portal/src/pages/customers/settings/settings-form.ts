// The settings form ↔ the customer settings API: what the form shows, which sections a save sends,
// and where the server's field errors belong on the form.
import type { BranchCustomerSettings, CustomerSettingsInput } from '../../../api/customers-settings.types';

/** The form holds the API's own shape, so a gateway error's `errors[].field` names a form field. */
export type SettingsFormValues = Required<Omit<CustomerSettingsInput, 'version'>>;

/** The bounds the gateway and the customers service enforce. */
export const SETTINGS_LIMITS = { days: 3650, maxOwned: 100_000, careLeadDays: 60 } as const;

/** Every field of the form, as `errors[].field` spells it. */
export const SETTINGS_FORM_FIELDS = [
  'entryReview',
  'pool.maxOwned',
  'pool.reclaimBlockDays',
  'pool.autoReturnDays.ordinary',
  'pool.autoReturnDays.highIntent',
  'pool.returnReminderDays',
  'followUpDays.A',
  'followUpDays.B',
  'followUpDays.C',
  'followUpDays.unclassified',
  'churnAtRiskDays',
  'careLeadDays',
] as const;

export function toSettingsForm(s: BranchCustomerSettings): SettingsFormValues {
  return {
    entryReview: s.entryReview,
    pool: {
      maxOwned: s.pool.maxOwned,
      reclaimBlockDays: s.pool.reclaimBlockDays,
      autoReturnDays: {
        ordinary: s.pool.autoReturnDays.ordinary,
        highIntent: s.pool.autoReturnDays.highIntent,
      },
      returnReminderDays: s.pool.returnReminderDays,
    },
    followUpDays: { ...s.followUpDays },
    churnAtRiskDays: s.churnAtRiskDays,
    careLeadDays: s.careLeadDays,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The sections the user changed, or null when none: a section left alone is not sent, so it cannot
 * overwrite what someone else saved meanwhile.
 */
export function settingsChanges(
  loaded: BranchCustomerSettings,
  values: SettingsFormValues,
): CustomerSettingsInput | null {
  const before = toSettingsForm(loaded);
  const after = toSettingsForm({ ...loaded, ...values });
  const changes: CustomerSettingsInput = {};
  if (after.entryReview !== before.entryReview) changes.entryReview = after.entryReview;
  if (!same(after.pool, before.pool)) changes.pool = after.pool;
  if (!same(after.followUpDays, before.followUpDays)) changes.followUpDays = after.followUpDays;
  if (after.churnAtRiskDays !== before.churnAtRiskDays) changes.churnAtRiskDays = after.churnAtRiskDays;
  if (after.careLeadDays !== before.careLeadDays) changes.careLeadDays = after.careLeadDays;
  return Object.keys(changes).length > 0 ? changes : null;
}

// The customers service names the auto-return days after its gRPC message, not the REST body.
const serviceFieldNames: Record<string, string> = {
  'pool.autoReturnDaysOrdinary': 'pool.autoReturnDays.ordinary',
  'pool.autoReturnDaysHighIntent': 'pool.autoReturnDays.highIntent',
};

/** A violation's field as the form names it. */
export const settingsFieldOf = (field: string): string => serviceFieldNames[field] ?? field;

/** The upper bound in the service's "a whole number from 0 to N", to say it in the user's language. */
export function wholeNumberBound(message: string): number | null {
  const match = /^a whole number from 0 to (\d+)$/.exec(message.trim());
  return match ? Number(match[1]) : null;
}
