// Original file: crm/identity/v1/departments.proto


export interface CreateDepartmentRequest {
  'branchId'?: (string);
  'number'?: (string);
  'name'?: (string);
  'parentId'?: (string);
}

export interface CreateDepartmentRequest__Output {
  'branchId': (string);
  'number': (string);
  'name': (string);
  'parentId': (string);
}
