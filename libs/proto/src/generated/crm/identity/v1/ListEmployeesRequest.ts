// Original file: crm/identity/v1/employees.proto


export interface ListEmployeesRequest {
  'q'?: (string);
  'branchId'?: (string);
  'departmentId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListEmployeesRequest__Output {
  'q': (string);
  'branchId': (string);
  'departmentId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
