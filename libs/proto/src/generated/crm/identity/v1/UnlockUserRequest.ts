// Original file: crm/identity/v1/users.proto


export interface UnlockUserRequest {
  'id'?: (string);
}

export interface UnlockUserRequest__Output {
  'id': (string);
}
