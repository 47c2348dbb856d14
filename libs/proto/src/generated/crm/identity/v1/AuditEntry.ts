// Original file: crm/identity/v1/resources.proto


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
  'beforeJson'?: (string);
  'afterJson'?: (string);
}

export interface AuditEntry__Output {
  'id': (string);
  'occurredAt': (string);
  'service': (string);
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
