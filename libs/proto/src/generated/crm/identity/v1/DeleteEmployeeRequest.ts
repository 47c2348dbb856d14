// Original file: crm/identity/v1/employees.proto


export interface DeleteEmployeeRequest {
  'id'?: (string);
}

export interface DeleteEmployeeRequest__Output {
  'id': (string);
}
