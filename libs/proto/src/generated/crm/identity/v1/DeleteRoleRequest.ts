// Original file: crm/identity/v1/roles.proto


export interface DeleteRoleRequest {
  'id'?: (string);
}

export interface DeleteRoleRequest__Output {
  'id': (string);
}
