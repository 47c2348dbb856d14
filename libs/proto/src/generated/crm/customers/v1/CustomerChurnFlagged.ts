// Original file: crm/customers/v1/events.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';

export interface CustomerChurnFlagged {
  'customer'?: (_crm_customers_v1_Customer | null);
  'ownerId'?: (string);
  'lastActivityAt'?: (string);
}

export interface CustomerChurnFlagged__Output {
  'customer': (_crm_customers_v1_Customer__Output | null);
  'ownerId': (string);
  'lastActivityAt': (string);
}
