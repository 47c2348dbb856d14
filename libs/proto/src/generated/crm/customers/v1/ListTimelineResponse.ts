// Original file: crm/customers/v1/customers.proto

import type { TimelineEntry as _crm_customers_v1_TimelineEntry, TimelineEntry__Output as _crm_customers_v1_TimelineEntry__Output } from '../../../crm/customers/v1/TimelineEntry';

export interface ListTimelineResponse {
  'entries'?: (_crm_customers_v1_TimelineEntry)[];
  'nextPageToken'?: (string);
}

export interface ListTimelineResponse__Output {
  'entries': (_crm_customers_v1_TimelineEntry__Output)[];
  'nextPageToken': (string);
}
