// Original file: crm/identity/v1/departments.proto


export interface UpdateDepartmentRequest {
  'id'?: (string);
  'number'?: (string);
  'name'?: (string);
  'parentId'?: (string);
  '_number'?: "number";
  '_name'?: "name";
  '_parentId'?: "parentId";
}

export interface UpdateDepartmentRequest__Output {
  'id': (string);
  'number'?: (string);
  'name'?: (string);
  'parentId'?: (string);
  '_number'?: "number";
  '_name'?: "name";
  '_parentId'?: "parentId";
}
