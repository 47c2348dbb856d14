// Original file: crm/customers/v1/customers.proto

import type { Card as _crm_customers_v1_Card, Card__Output as _crm_customers_v1_Card__Output } from '../../../crm/customers/v1/Card';
import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';

export interface IssueCardResponse {
  'card'?: (_crm_customers_v1_Card | null);
  'customer'?: (_crm_customers_v1_Customer | null);
}

export interface IssueCardResponse__Output {
  'card': (_crm_customers_v1_Card__Output | null);
  'customer': (_crm_customers_v1_Customer__Output | null);
}
