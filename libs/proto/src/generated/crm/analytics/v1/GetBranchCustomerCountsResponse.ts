// Original file: crm/analytics/v1/analytics.proto

import type { BranchCustomerCount as _crm_analytics_v1_BranchCustomerCount, BranchCustomerCount__Output as _crm_analytics_v1_BranchCustomerCount__Output } from '../../../crm/analytics/v1/BranchCustomerCount';

export interface GetBranchCustomerCountsResponse {
  'counts'?: (_crm_analytics_v1_BranchCustomerCount)[];
}

export interface GetBranchCustomerCountsResponse__Output {
  'counts': (_crm_analytics_v1_BranchCustomerCount__Output)[];
}
