// Original file: crm/identity/v1/employees.proto


export interface GetEmployeeRequest {
  'id'?: (string);
}

export interface GetEmployeeRequest__Output {
  'id': (string);
}
