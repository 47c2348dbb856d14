// Original file: crm/customers/v1/customers.proto

import type { TimelineEntryKind as _crm_customers_v1_TimelineEntryKind, TimelineEntryKind__Output as _crm_customers_v1_TimelineEntryKind__Output } from '../../../crm/customers/v1/TimelineEntryKind';

export interface AddFollowUpRequest {
  'customerId'?: (string);
  'kind'?: (_crm_customers_v1_TimelineEntryKind);
  'occurredAt'?: (string);
  'summary'?: (string);
  'detailsJson'?: (string);
}

export interface AddFollowUpRequest__Output {
  'customerId': (string);
  'kind': (_crm_customers_v1_TimelineEntryKind__Output);
  'occurredAt': (string);
  'summary': (string);
  'detailsJson': (string);
}
