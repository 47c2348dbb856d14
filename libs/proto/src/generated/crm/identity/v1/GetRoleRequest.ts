// Original file: crm/identity/v1/roles.proto


export interface GetRoleRequest {
  'id'?: (string);
}

export interface GetRoleRequest__Output {
  'id': (string);
}
