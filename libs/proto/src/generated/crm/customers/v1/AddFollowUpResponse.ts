// Original file: crm/customers/v1/customers.proto

import type { TimelineEntry as _crm_customers_v1_TimelineEntry, TimelineEntry__Output as _crm_customers_v1_TimelineEntry__Output } from '../../../crm/customers/v1/TimelineEntry';

export interface AddFollowUpResponse {
  'entry'?: (_crm_customers_v1_TimelineEntry | null);
}

export interface AddFollowUpResponse__Output {
  'entry': (_crm_customers_v1_TimelineEntry__Output | null);
}
