// Original file: crm/customers/v1/events.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';
import type { ChurnStatus as _crm_customers_v1_ChurnStatus, ChurnStatus__Output as _crm_customers_v1_ChurnStatus__Output } from '../../../crm/customers/v1/ChurnStatus';

export interface CustomerChurnChanged {
  'customer'?: (_crm_customers_v1_Customer | null);
  'previousStatus'?: (_crm_customers_v1_ChurnStatus);
  'cause'?: (string);
}

export interface CustomerChurnChanged__Output {
  'customer': (_crm_customers_v1_Customer__Output | null);
  'previousStatus': (_crm_customers_v1_ChurnStatus__Output);
  'cause': (string);
}
