import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { invalidArgument, permissionDenied } from '@crm/errors';
import { customerPermissions } from './customer';
import type { CustomerSettings } from './customer-settings';
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

/** Sets a branch's entry review policy (R-CUS-6): none, duplicates or all. */
export async function updateCustomerSettings(
  port: CustomerSettingsPort,
  principal: Principal | undefined,
  input: { branchId: string; entryReview: EntryReview | undefined },
  now: Date = new Date(),
): Promise<CustomerSettings> {
  const caller = requirePermission(principal, customerPermissions.settings);
  const branch = branchFor(caller, input.branchId);
  if (!input.entryReview || !entryReviewPolicies.includes(input.entryReview))
    throw invalidArgument('entryReview is invalid', [
      { field: 'entryReview', message: `must be one of ${entryReviewPolicies.join(', ')}` },
    ]);
  const before = await port.settings(branch);
  const after: CustomerSettings = {
    ...before,
    entryReview: input.entryReview,
    version: before.version + 1,
    updatedAt: now,
    updatedBy: caller.userId,
  };
  await port.saveSettings(before, after, caller);
  return after;
}
