// Original file: crm/customers/v1/customers.proto

import type { DuplicateMatch as _crm_customers_v1_DuplicateMatch, DuplicateMatch__Output as _crm_customers_v1_DuplicateMatch__Output } from '../../../crm/customers/v1/DuplicateMatch';

export interface CheckDuplicatesResponse {
  'duplicates'?: (_crm_customers_v1_DuplicateMatch)[];
}

export interface CheckDuplicatesResponse__Output {
  'duplicates': (_crm_customers_v1_DuplicateMatch__Output)[];
}
