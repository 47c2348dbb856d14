// Original file: crm/customers/v1/events.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';

export interface CustomerTransferred {
  'customer'?: (_crm_customers_v1_Customer | null);
  'fromOwnerId'?: (string);
  'toOwnerId'?: (string);
}

export interface CustomerTransferred__Output {
  'customer': (_crm_customers_v1_Customer__Output | null);
  'fromOwnerId': (string);
  'toOwnerId': (string);
}
