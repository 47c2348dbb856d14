// Original file: crm/identity/v1/resources.proto


export interface Department {
  'id'?: (string);
  'branchId'?: (string);
  'number'?: (string);
  'name'?: (string);
  'parentId'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  '_parentId'?: "parentId";
}

export interface Department__Output {
  'id': (string);
  'branchId': (string);
  'number': (string);
  'name': (string);
  'parentId'?: (string);
  'createdAt': (string);
  'updatedAt': (string);
  '_parentId'?: "parentId";
}
