// Original file: crm/identity/v1/audit.proto

import type { AuditEntry as _crm_identity_v1_AuditEntry, AuditEntry__Output as _crm_identity_v1_AuditEntry__Output } from '../../../crm/identity/v1/AuditEntry';

export interface ListAuditEntriesResponse {
  'entries'?: (_crm_identity_v1_AuditEntry)[];
  'nextPageToken'?: (string);
}

export interface ListAuditEntriesResponse__Output {
  'entries': (_crm_identity_v1_AuditEntry__Output)[];
  'nextPageToken': (string);
}
