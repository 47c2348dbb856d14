// Original file: crm/customers/v1/events.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';

export interface CustomerReleased {
  'customer'?: (_crm_customers_v1_Customer | null);
  'previousOwnerId'?: (string);
  'automatic'?: (boolean);
}

export interface CustomerReleased__Output {
  'customer': (_crm_customers_v1_Customer__Output | null);
  'previousOwnerId': (string);
  'automatic': (boolean);
}
