// Original file: crm/identity/v1/resources.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';

export interface AuditEntry {
  'id'?: (string);
  'occurredAt'?: (string);
  'service'?: (string);
  'action'?: (string);
  'entityType'?: (string);
  'entityId'?: (string);
  'actorId'?: (string);
  'actorName'?: (string);
  'branchId'?: (string);
  'requestId'?: (string);
  'before'?: (_google_protobuf_Struct | null);
  'after'?: (_google_protobuf_Struct | null);
  '_actorName'?: "actorName";
  '_requestId'?: "requestId";
}

export interface AuditEntry__Output {
  'id': (string);
  'occurredAt': (string);
  'service': (string);
  'action': (string);
  'entityType': (string);
  'entityId': (string);
  'actorId': (string);
  'actorName'?: (string);
  'branchId': (string);
  'requestId'?: (string);
  'before': (_google_protobuf_Struct__Output | null);
  'after': (_google_protobuf_Struct__Output | null);
  '_actorName'?: "actorName";
  '_requestId'?: "requestId";
}
