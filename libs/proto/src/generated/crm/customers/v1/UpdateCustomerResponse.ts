// Original file: crm/customers/v1/customers.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';
import type { DuplicateMatch as _crm_customers_v1_DuplicateMatch, DuplicateMatch__Output as _crm_customers_v1_DuplicateMatch__Output } from '../../../crm/customers/v1/DuplicateMatch';

export interface UpdateCustomerResponse {
  'customer'?: (_crm_customers_v1_Customer | null);
  'duplicates'?: (_crm_customers_v1_DuplicateMatch)[];
}

export interface UpdateCustomerResponse__Output {
  'customer': (_crm_customers_v1_Customer__Output | null);
  'duplicates': (_crm_customers_v1_DuplicateMatch__Output)[];
}
