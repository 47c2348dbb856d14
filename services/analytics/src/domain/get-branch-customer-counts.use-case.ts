import { requirePermission, type Principal } from '@crm/auth';
import { analyticsPermissions, type BranchCustomerCount } from './branch-customer-count';

export interface CustomerCountsPort {
  list(branchIds: string[] | 'all'): Promise<BranchCustomerCount[]>;
}

/** Counts per branch; a caller without the `all` scope sees only their own branch (R-ID-3). */
export async function getBranchCustomerCounts(
  port: CustomerCountsPort,
  principal: Principal | undefined,
  branchId: string,
): Promise<BranchCustomerCount[]> {
  const caller = requirePermission(principal, analyticsPermissions.read);
  if (caller.dataScope === 'all') return port.list(branchId ? [branchId] : 'all');
  if (branchId && branchId !== caller.branchId) return [];
  return port.list([caller.branchId]);
}
