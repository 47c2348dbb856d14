// Original file: crm/identity/v1/audit.proto


export interface ListAuditEntriesRequest {
  'actorId'?: (string);
  'entityType'?: (string);
  'entityId'?: (string);
  'from'?: (string);
  'to'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListAuditEntriesRequest__Output {
  'actorId': (string);
  'entityType': (string);
  'entityId': (string);
  'from': (string);
  'to': (string);
  'pageSize': (number);
  'pageToken': (string);
}
