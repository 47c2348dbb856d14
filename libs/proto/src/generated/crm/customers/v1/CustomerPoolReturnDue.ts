// Original file: crm/customers/v1/events.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';

export interface CustomerPoolReturnDue {
  'customer'?: (_crm_customers_v1_Customer | null);
  'ownerId'?: (string);
  'dueAt'?: (string);
}

export interface CustomerPoolReturnDue__Output {
  'customer': (_crm_customers_v1_Customer__Output | null);
  'ownerId': (string);
  'dueAt': (string);
}
