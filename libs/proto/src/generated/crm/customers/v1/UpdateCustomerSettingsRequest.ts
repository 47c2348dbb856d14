// Original file: crm/customers/v1/customers.proto

import type { EntryReview as _crm_customers_v1_EntryReview, EntryReview__Output as _crm_customers_v1_EntryReview__Output } from '../../../crm/customers/v1/EntryReview';

export interface UpdateCustomerSettingsRequest {
  'branchId'?: (string);
  'entryReview'?: (_crm_customers_v1_EntryReview);
}

export interface UpdateCustomerSettingsRequest__Output {
  'branchId': (string);
  'entryReview': (_crm_customers_v1_EntryReview__Output);
}
