// Original file: crm/analytics/v1/analytics.proto

import type { Long } from '@grpc/proto-loader';

export interface BranchCustomerCount {
  'branchId'?: (string);
  'customers'?: (number | string | Long);
  'branchName'?: (string);
  '_branchName'?: "branchName";
}

export interface BranchCustomerCount__Output {
  'branchId': (string);
  'customers': (string);
  'branchName'?: (string);
  '_branchName'?: "branchName";
}
