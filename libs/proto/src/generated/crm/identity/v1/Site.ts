// Original file: crm/identity/v1/resources.proto


export interface Site {
  'id'?: (string);
  'branchId'?: (string);
  'name'?: (string);
  'keyPrefix'?: (string);
  'createdAt'?: (string);
  'rotatedAt'?: (string);
  'revokedAt'?: (string);
  'lastSeenAt'?: (string);
}

export interface Site__Output {
  'id': (string);
  'branchId': (string);
  'name': (string);
  'keyPrefix': (string);
  'createdAt': (string);
  'rotatedAt': (string);
  'revokedAt': (string);
  'lastSeenAt': (string);
}
