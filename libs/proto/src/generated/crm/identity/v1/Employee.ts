// Original file: crm/identity/v1/resources.proto

import type { EmployeeCategory as _crm_identity_v1_EmployeeCategory, EmployeeCategory__Output as _crm_identity_v1_EmployeeCategory__Output } from '../../../crm/identity/v1/EmployeeCategory';

export interface Employee {
  'id'?: (string);
  'number'?: (string);
  'name'?: (string);
  'category'?: (_crm_identity_v1_EmployeeCategory);
  'phone'?: (string);
  'address'?: (string);
  'email'?: (string);
  'branchId'?: (string);
  'departmentId'?: (string);
  'userId'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  '_phone'?: "phone";
  '_address'?: "address";
  '_email'?: "email";
  '_departmentId'?: "departmentId";
  '_userId'?: "userId";
}

export interface Employee__Output {
  'id': (string);
  'number': (string);
  'name': (string);
  'category': (_crm_identity_v1_EmployeeCategory__Output);
  'phone'?: (string);
  'address'?: (string);
  'email'?: (string);
  'branchId': (string);
  'departmentId'?: (string);
  'userId'?: (string);
  'createdAt': (string);
  'updatedAt': (string);
  '_phone'?: "phone";
  '_address'?: "address";
  '_email'?: "email";
  '_departmentId'?: "departmentId";
  '_userId'?: "userId";
}
