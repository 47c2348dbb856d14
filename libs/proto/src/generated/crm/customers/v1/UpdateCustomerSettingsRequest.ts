// Original file: crm/customers/v1/customers.proto

import type { EntryReview as _crm_customers_v1_EntryReview, EntryReview__Output as _crm_customers_v1_EntryReview__Output } from '../../../crm/customers/v1/EntryReview';
import type { PoolSettings as _crm_customers_v1_PoolSettings, PoolSettings__Output as _crm_customers_v1_PoolSettings__Output } from '../../../crm/customers/v1/PoolSettings';
import type { FollowUpSchedule as _crm_customers_v1_FollowUpSchedule, FollowUpSchedule__Output as _crm_customers_v1_FollowUpSchedule__Output } from '../../../crm/customers/v1/FollowUpSchedule';

export interface UpdateCustomerSettingsRequest {
  'branchId'?: (string);
  'entryReview'?: (_crm_customers_v1_EntryReview);
  'pool'?: (_crm_customers_v1_PoolSettings | null);
  'followUpDays'?: (_crm_customers_v1_FollowUpSchedule | null);
  'churnAtRiskDays'?: (number);
  'careLeadDays'?: (number);
  'expectedVersion'?: (number);
  '_churnAtRiskDays'?: "churnAtRiskDays";
  '_careLeadDays'?: "careLeadDays";
  '_expectedVersion'?: "expectedVersion";
}

export interface UpdateCustomerSettingsRequest__Output {
  'branchId': (string);
  'entryReview': (_crm_customers_v1_EntryReview__Output);
  'pool': (_crm_customers_v1_PoolSettings__Output | null);
  'followUpDays': (_crm_customers_v1_FollowUpSchedule__Output | null);
  'churnAtRiskDays'?: (number);
  'careLeadDays'?: (number);
  'expectedVersion'?: (number);
  '_churnAtRiskDays'?: "churnAtRiskDays";
  '_careLeadDays'?: "careLeadDays";
  '_expectedVersion'?: "expectedVersion";
}
