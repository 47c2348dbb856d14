// Original file: crm/identity/v1/events.proto


export interface AuditRecorded {
  'occurredAt'?: (string);
  'action'?: (string);
  'entityType'?: (string);
  'entityId'?: (string);
  'actorId'?: (string);
  'actorName'?: (string);
  'branchId'?: (string);
  'requestId'?: (string);
  'beforeJson'?: (string);
  'afterJson'?: (string);
}

export interface AuditRecorded__Output {
  'occurredAt': (string);
  'action': (string);
  'entityType': (string);
  'entityId': (string);
  'actorId': (string);
  'actorName': (string);
  'branchId': (string);
  'requestId': (string);
  'beforeJson': (string);
  'afterJson': (string);
}
