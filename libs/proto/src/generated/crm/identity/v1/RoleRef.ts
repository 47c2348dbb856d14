// Original file: crm/identity/v1/resources.proto


export interface RoleRef {
  'id'?: (string);
  'key'?: (string);
  'name'?: (string);
}

export interface RoleRef__Output {
  'id': (string);
  'key': (string);
  'name': (string);
}
