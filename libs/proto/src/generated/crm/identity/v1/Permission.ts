// Original file: crm/identity/v1/resources.proto


export interface Permission {
  'key'?: (string);
  'group'?: (string);
}

export interface Permission__Output {
  'key': (string);
  'group': (string);
}
