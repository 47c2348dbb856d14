// Original file: crm/customers/v1/customers.proto

import type { DueFollowUp as _crm_customers_v1_DueFollowUp, DueFollowUp__Output as _crm_customers_v1_DueFollowUp__Output } from '../../../crm/customers/v1/DueFollowUp';

export interface ListDueFollowUpsResponse {
  'items'?: (_crm_customers_v1_DueFollowUp)[];
  'nextPageToken'?: (string);
}

export interface ListDueFollowUpsResponse__Output {
  'items': (_crm_customers_v1_DueFollowUp__Output)[];
  'nextPageToken': (string);
}
