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
  '_rotatedAt'?: "rotatedAt";
  '_revokedAt'?: "revokedAt";
  '_lastSeenAt'?: "lastSeenAt";
}

export interface Site__Output {
  'id': (string);
  'branchId': (string);
  'name': (string);
  'keyPrefix': (string);
  'createdAt': (string);
  'rotatedAt'?: (string);
  'revokedAt'?: (string);
  'lastSeenAt'?: (string);
  '_rotatedAt'?: "rotatedAt";
  '_revokedAt'?: "revokedAt";
  '_lastSeenAt'?: "lastSeenAt";
}
