// Original file: crm/identity/v1/users.proto


export interface CreateUserRequest {
  'username'?: (string);
  'displayName'?: (string);
  'password'?: (string);
  'branchId'?: (string);
  'departmentId'?: (string);
  'roleIds'?: (string)[];
  'extension'?: (string);
}

export interface CreateUserRequest__Output {
  'username': (string);
  'displayName': (string);
  'password': (string);
  'branchId': (string);
  'departmentId': (string);
  'roleIds': (string)[];
  'extension': (string);
}
