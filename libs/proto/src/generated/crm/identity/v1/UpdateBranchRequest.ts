// Original file: crm/identity/v1/branches.proto


export interface UpdateBranchRequest {
  'id'?: (string);
  'name'?: (string);
  'address'?: (string);
  'phone'?: (string);
  '_name'?: "name";
  '_address'?: "address";
  '_phone'?: "phone";
}

export interface UpdateBranchRequest__Output {
  'id': (string);
  'name'?: (string);
  'address'?: (string);
  'phone'?: (string);
  '_name'?: "name";
  '_address'?: "address";
  '_phone'?: "phone";
}
