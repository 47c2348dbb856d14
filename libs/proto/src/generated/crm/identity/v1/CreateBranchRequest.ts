// Original file: crm/identity/v1/branches.proto


export interface CreateBranchRequest {
  'code'?: (string);
  'name'?: (string);
  'address'?: (string);
  'phone'?: (string);
}

export interface CreateBranchRequest__Output {
  'code': (string);
  'name': (string);
  'address': (string);
  'phone': (string);
}
