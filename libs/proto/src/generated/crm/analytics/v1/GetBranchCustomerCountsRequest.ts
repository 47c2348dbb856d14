// Original file: crm/analytics/v1/analytics.proto


export interface GetBranchCustomerCountsRequest {
  'branchId'?: (string);
}

export interface GetBranchCustomerCountsRequest__Output {
  'branchId': (string);
}
