// Original file: crm/customers/v1/customer.proto

import type { TimelineEntryKind as _crm_customers_v1_TimelineEntryKind, TimelineEntryKind__Output as _crm_customers_v1_TimelineEntryKind__Output } from '../../../crm/customers/v1/TimelineEntryKind';

export interface TimelineEntry {
  'id'?: (string);
  'customerId'?: (string);
  'branchId'?: (string);
  'kind'?: (_crm_customers_v1_TimelineEntryKind);
  'occurredAt'?: (string);
  'authorId'?: (string);
  'summary'?: (string);
  'detailsJson'?: (string);
  'sourceEventId'?: (string);
  'createdAt'?: (string);
}

export interface TimelineEntry__Output {
  'id': (string);
  'customerId': (string);
  'branchId': (string);
  'kind': (_crm_customers_v1_TimelineEntryKind__Output);
  'occurredAt': (string);
  'authorId': (string);
  'summary': (string);
  'detailsJson': (string);
  'sourceEventId': (string);
  'createdAt': (string);
}
