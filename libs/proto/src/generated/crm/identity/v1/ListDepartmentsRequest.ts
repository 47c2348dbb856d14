// Original file: crm/identity/v1/departments.proto


export interface ListDepartmentsRequest {
  'branchId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListDepartmentsRequest__Output {
  'branchId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
