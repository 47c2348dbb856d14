// Original file: crm/customers/v1/customer.proto

import type { ChurnStatus as _crm_customers_v1_ChurnStatus, ChurnStatus__Output as _crm_customers_v1_ChurnStatus__Output } from '../../../crm/customers/v1/ChurnStatus';

export interface CustomerChurn {
  'status'?: (_crm_customers_v1_ChurnStatus);
  'flaggedAt'?: (string);
  'lastActivityAt'?: (string);
  'pausePlan'?: (string);
  'pauseUntil'?: (string);
  'reason'?: (string);
  'changedBy'?: (string);
  'changedAt'?: (string);
}

export interface CustomerChurn__Output {
  'status': (_crm_customers_v1_ChurnStatus__Output);
  'flaggedAt': (string);
  'lastActivityAt': (string);
  'pausePlan': (string);
  'pauseUntil': (string);
  'reason': (string);
  'changedBy': (string);
  'changedAt': (string);
}
