// Original file: crm/identity/v1/resources.proto


export interface Branch {
  'id'?: (string);
  'code'?: (string);
  'name'?: (string);
  'address'?: (string);
  'phone'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  '_address'?: "address";
  '_phone'?: "phone";
}

export interface Branch__Output {
  'id': (string);
  'code': (string);
  'name': (string);
  'address'?: (string);
  'phone'?: (string);
  'createdAt': (string);
  'updatedAt': (string);
  '_address'?: "address";
  '_phone'?: "phone";
}
