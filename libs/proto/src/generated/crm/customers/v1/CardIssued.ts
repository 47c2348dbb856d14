// Original file: crm/customers/v1/events.proto

import type { Card as _crm_customers_v1_Card, Card__Output as _crm_customers_v1_Card__Output } from '../../../crm/customers/v1/Card';

export interface CardIssued {
  'card'?: (_crm_customers_v1_Card | null);
}

export interface CardIssued__Output {
  'card': (_crm_customers_v1_Card__Output | null);
}
