// Original file: crm/identity/v1/resources.proto


export interface RoleRef {
  'id'?: (string);
  'key'?: (string);
  'name'?: (string);
  '_key'?: "key";
}

export interface RoleRef__Output {
  'id': (string);
  'key'?: (string);
  'name': (string);
  '_key'?: "key";
}
