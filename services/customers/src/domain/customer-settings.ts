import type { CustomerLevel } from './customer';
import type { EntryReview } from './duplicates';

/** The public pool (公海) rules of a branch; 0 means "no cap" / "never" / "no reminder". */
export interface PoolSettings {
  /** How many live customers one user may own in the branch before claims are refused. */
  maxOwned: number;
  /** Days the previous owner of a released customer may not claim it back. */
  reclaimBlockDays: number;
  /** Days without follow-up after which an owned customer returns to the pool, per grade level. */
  autoReturnDays: Record<CustomerLevel, number>;
  /** Days before that return the owner is reminded (crm.customers.customer.pool_return_due). */
  returnReminderDays: number;
}

/** Days between follow-ups per customer class (A/B/C, or none set); 0 means no schedule. */
export interface FollowUpSchedule {
  A: number;
  B: number;
  C: number;
  unclassified: number;
}

export const defaultFollowUpSchedule = (): FollowUpSchedule => ({ A: 0, B: 0, C: 0, unclassified: 0 });

export const poolSettingLimits = { maxOwned: 100_000, days: 3650 } as const;

export const defaultPoolSettings = (): PoolSettings => ({
  maxOwned: 0,
  reclaimBlockDays: 0,
  autoReturnDays: { ordinary: 0, high_intent: 0 },
  returnReminderDays: 0,
});

// The defaults of a branch without a settings row; migration 0006 gives the columns the same ones.
export const DEFAULT_CHURN_AT_RISK_DAYS = 90;
export const DEFAULT_CARE_LEAD_DAYS = 3;
export const careLeadDaysMax = 60;

/** Customer settings of one branch; a branch without a row has the defaults. */
export interface CustomerSettings {
  branchId: string;
  entryReview: EntryReview;
  pool: PoolSettings;
  followUpDays: FollowUpSchedule;
  /** Days without activity after which a customer is at risk of churn (R-CUS-8); 0: never. */
  churnAtRiskDays: number;
  /** Days ahead of a birthday or anniversary the care reminder goes out (R-CUS-9). */
  careLeadDays: number;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export const defaultSettings = (branchId: string): CustomerSettings => ({
  branchId,
  entryReview: 'none',
  pool: defaultPoolSettings(),
  followUpDays: defaultFollowUpSchedule(),
  churnAtRiskDays: DEFAULT_CHURN_AT_RISK_DAYS,
  careLeadDays: DEFAULT_CARE_LEAD_DAYS,
  version: 0,
  updatedAt: null,
  updatedBy: null,
});
