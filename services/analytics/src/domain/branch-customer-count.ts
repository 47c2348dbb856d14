export interface BranchCustomerCount {
  branchId: string;
  customers: bigint;
}

export const analyticsPermissions = {
  read: 'analytics.read',
} as const;
