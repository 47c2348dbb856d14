// Original file: crm/identity/v1/employees.proto

import type { EmployeeCategory as _crm_identity_v1_EmployeeCategory, EmployeeCategory__Output as _crm_identity_v1_EmployeeCategory__Output } from '../../../crm/identity/v1/EmployeeCategory';

export interface UpdateEmployeeRequest {
  'id'?: (string);
  'number'?: (string);
  'name'?: (string);
  'category'?: (_crm_identity_v1_EmployeeCategory);
  'phone'?: (string);
  'address'?: (string);
  'email'?: (string);
  'departmentId'?: (string);
  'userId'?: (string);
  '_number'?: "number";
  '_name'?: "name";
  '_category'?: "category";
  '_phone'?: "phone";
  '_address'?: "address";
  '_email'?: "email";
  '_departmentId'?: "departmentId";
  '_userId'?: "userId";
}

export interface UpdateEmployeeRequest__Output {
  'id': (string);
  'number'?: (string);
  'name'?: (string);
  'category'?: (_crm_identity_v1_EmployeeCategory__Output);
  'phone'?: (string);
  'address'?: (string);
  'email'?: (string);
  'departmentId'?: (string);
  'userId'?: (string);
  '_number'?: "number";
  '_name'?: "name";
  '_category'?: "category";
  '_phone'?: "phone";
  '_address'?: "address";
  '_email'?: "email";
  '_departmentId'?: "departmentId";
  '_userId'?: "userId";
}
