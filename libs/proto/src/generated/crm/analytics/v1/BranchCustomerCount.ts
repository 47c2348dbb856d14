// Original file: crm/analytics/v1/analytics.proto


export interface BranchCustomerCount {
  'branchId'?: (string);
  'customers'?: (number);
}

export interface BranchCustomerCount__Output {
  'branchId': (string);
  'customers': (number);
}
