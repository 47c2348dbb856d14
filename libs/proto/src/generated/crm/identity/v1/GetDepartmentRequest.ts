// Original file: crm/identity/v1/departments.proto


export interface GetDepartmentRequest {
  'id'?: (string);
}

export interface GetDepartmentRequest__Output {
  'id': (string);
}
