// Original file: crm/customers/v1/customer.proto

import type { EntryReview as _crm_customers_v1_EntryReview, EntryReview__Output as _crm_customers_v1_EntryReview__Output } from '../../../crm/customers/v1/EntryReview';

export interface CustomerSettings {
  'branchId'?: (string);
  'entryReview'?: (_crm_customers_v1_EntryReview);
  'version'?: (number);
  'updatedAt'?: (string);
  'updatedBy'?: (string);
}

export interface CustomerSettings__Output {
  'branchId': (string);
  'entryReview': (_crm_customers_v1_EntryReview__Output);
  'version': (number);
  'updatedAt': (string);
  'updatedBy': (string);
}
