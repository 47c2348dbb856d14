// Original file: crm/identity/v1/branches.proto


export interface GetBranchRequest {
  'id'?: (string);
}

export interface GetBranchRequest__Output {
  'id': (string);
}
