// Original file: crm/customers/v1/events.proto

import type { TimelineEntry as _crm_customers_v1_TimelineEntry, TimelineEntry__Output as _crm_customers_v1_TimelineEntry__Output } from '../../../crm/customers/v1/TimelineEntry';

export interface FollowUpRecorded {
  'entry'?: (_crm_customers_v1_TimelineEntry | null);
}

export interface FollowUpRecorded__Output {
  'entry': (_crm_customers_v1_TimelineEntry__Output | null);
}
