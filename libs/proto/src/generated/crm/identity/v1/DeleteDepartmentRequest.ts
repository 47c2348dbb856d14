// Original file: crm/identity/v1/departments.proto


export interface DeleteDepartmentRequest {
  'id'?: (string);
}

export interface DeleteDepartmentRequest__Output {
  'id': (string);
}
