import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { conflict, invalidArgument, permissionDenied } from '@crm/errors';
import { customerPermissions } from './customer';
import {
  careLeadDaysMax,
  poolSettingLimits,
  type CustomerSettings,
  type FollowUpSchedule,
  type PoolSettings,
} from './customer-settings';
import { entryReviewPolicies, type EntryReview } from './duplicates';

export interface CustomerSettingsPort {
  settings(branchId: string): Promise<CustomerSettings>;
  saveSettings(before: CustomerSettings, after: CustomerSettings, actor: Principal): Promise<void>;
}

function branchFor(caller: Principal, branchId: string): string {
  const branch = branchId || caller.branchId;
  if (branch.length > 64)
    throw invalidArgument('branchId is invalid', [{ field: 'branchId', message: 'at most 64 characters' }]);
  if (!canWriteToBranch(caller, branch)) throw permissionDenied(`not allowed for branch ${branch}`);
  return branch;
}

export async function getCustomerSettings(
  port: CustomerSettingsPort,
  principal: Principal | undefined,
  branchId: string,
): Promise<CustomerSettings> {
  const caller = requirePermission(principal, customerPermissions.read);
  return port.settings(branchFor(caller, branchId));
}

function checkPool(pool: PoolSettings): PoolSettings {
  const fields: [string, number, number][] = [
    ['pool.maxOwned', pool.maxOwned, poolSettingLimits.maxOwned],
    ['pool.reclaimBlockDays', pool.reclaimBlockDays, poolSettingLimits.days],
    ['pool.autoReturnDaysOrdinary', pool.autoReturnDays.ordinary, poolSettingLimits.days],
    ['pool.autoReturnDaysHighIntent', pool.autoReturnDays.high_intent, poolSettingLimits.days],
    ['pool.returnReminderDays', pool.returnReminderDays, poolSettingLimits.days],
  ];
  const bad = fields.filter(([, v, max]) => !Number.isInteger(v) || v < 0 || v > max);
  if (bad.length > 0)
    throw invalidArgument(
      'pool settings are invalid',
      bad.map(([field, , max]) => ({ field, message: `a whole number from 0 to ${max}` })),
    );
  return pool;
}

function checkSchedule(s: FollowUpSchedule): FollowUpSchedule {
  const bad = (['A', 'B', 'C', 'unclassified'] as const).filter(
    (k) => !Number.isInteger(s[k]) || s[k] < 0 || s[k] > poolSettingLimits.days,
  );
  if (bad.length > 0)
    throw invalidArgument(
      'followUpDays is invalid',
      bad.map((k) => ({
        field: `followUpDays.${k}`,
        message: `a whole number from 0 to ${poolSettingLimits.days}`,
      })),
    );
  return s;
}

function checkDays(field: string, value: number | undefined, max: number): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > max))
    throw invalidArgument(`${field} is invalid`, [{ field, message: `a whole number from 0 to ${max}` }]);
}

/**
 * Sets a branch's entry review policy (R-CUS-6: none, duplicates or all) and, when given, its public
 * pool rules; an absent entry review keeps the current one only when pool rules are given.
 */
export async function updateCustomerSettings(
  port: CustomerSettingsPort,
  principal: Principal | undefined,
  input: {
    branchId: string;
    entryReview: EntryReview | undefined;
    pool?: PoolSettings;
    followUpDays?: FollowUpSchedule;
    churnAtRiskDays?: number;
    careLeadDays?: number;
    /** The version the caller's change is based on; absent: whatever is stored. */
    expectedVersion?: number;
  },
  now: Date = new Date(),
): Promise<CustomerSettings> {
  const caller = requirePermission(principal, customerPermissions.settings);
  const branch = branchFor(caller, input.branchId);
  if (
    (input.entryReview !== undefined ||
      (!input.pool &&
        !input.followUpDays &&
        input.churnAtRiskDays === undefined &&
        input.careLeadDays === undefined)) &&
    (!input.entryReview || !entryReviewPolicies.includes(input.entryReview))
  )
    throw invalidArgument('entryReview is invalid', [
      { field: 'entryReview', message: `must be one of ${entryReviewPolicies.join(', ')}` },
    ]);
  const pool = input.pool && checkPool(input.pool);
  const followUpDays = input.followUpDays && checkSchedule(input.followUpDays);
  checkDays('churnAtRiskDays', input.churnAtRiskDays, poolSettingLimits.days);
  checkDays('careLeadDays', input.careLeadDays, careLeadDaysMax);
  const before = await port.settings(branch);
  if (input.expectedVersion !== undefined && input.expectedVersion !== before.version)
    throw conflict(
      `the settings of branch ${branch} were changed by someone else (version ${before.version}, not ${input.expectedVersion}); reload them`,
    );
  const after: CustomerSettings = {
    ...before,
    entryReview: input.entryReview ?? before.entryReview,
    pool: pool ?? before.pool,
    followUpDays: followUpDays ?? before.followUpDays,
    churnAtRiskDays: input.churnAtRiskDays ?? before.churnAtRiskDays,
    careLeadDays: input.careLeadDays ?? before.careLeadDays,
    version: before.version + 1,
    updatedAt: now,
    updatedBy: caller.userId,
  };
  await port.saveSettings(before, after, caller);
  return after;
}
