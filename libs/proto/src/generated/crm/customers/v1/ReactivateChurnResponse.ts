// Original file: crm/customers/v1/customer_care.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';

export interface ReactivateChurnResponse {
  'customer'?: (_crm_customers_v1_Customer | null);
}

export interface ReactivateChurnResponse__Output {
  'customer': (_crm_customers_v1_Customer__Output | null);
}
