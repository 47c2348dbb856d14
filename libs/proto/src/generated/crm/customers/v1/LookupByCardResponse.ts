// Original file: crm/customers/v1/customers.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';
import type { Card as _crm_customers_v1_Card, Card__Output as _crm_customers_v1_Card__Output } from '../../../crm/customers/v1/Card';

export interface LookupByCardResponse {
  'customer'?: (_crm_customers_v1_Customer | null);
  'card'?: (_crm_customers_v1_Card | null);
}

export interface LookupByCardResponse__Output {
  'customer': (_crm_customers_v1_Customer__Output | null);
  'card': (_crm_customers_v1_Card__Output | null);
}
