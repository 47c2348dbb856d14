export interface BranchCustomerCount {
  branchId: string;
  /** As identity last named it; null until analytics has seen the branch's name. */
  branchName: string | null;
  customers: bigint;
}

export const analyticsPermissions = {
  read: 'analytics.read',
} as const;
