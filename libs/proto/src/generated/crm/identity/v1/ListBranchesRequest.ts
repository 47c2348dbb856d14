// Original file: crm/identity/v1/branches.proto


export interface ListBranchesRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListBranchesRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
}
