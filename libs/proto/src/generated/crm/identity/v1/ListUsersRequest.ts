// Original file: crm/identity/v1/users.proto


export interface ListUsersRequest {
  'q'?: (string);
  'branchId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListUsersRequest__Output {
  'q': (string);
  'branchId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
