// Original file: crm/identity/v1/users.proto


export interface ResetUserPasswordRequest {
  'id'?: (string);
  'newPassword'?: (string);
}

export interface ResetUserPasswordRequest__Output {
  'id': (string);
  'newPassword': (string);
}
