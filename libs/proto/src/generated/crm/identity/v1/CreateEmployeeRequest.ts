// Original file: crm/identity/v1/employees.proto

import type { EmployeeCategory as _crm_identity_v1_EmployeeCategory, EmployeeCategory__Output as _crm_identity_v1_EmployeeCategory__Output } from '../../../crm/identity/v1/EmployeeCategory';

export interface CreateEmployeeRequest {
  'number'?: (string);
  'name'?: (string);
  'category'?: (_crm_identity_v1_EmployeeCategory);
  'phone'?: (string);
  'address'?: (string);
  'email'?: (string);
  'branchId'?: (string);
  'departmentId'?: (string);
  'userId'?: (string);
}

export interface CreateEmployeeRequest__Output {
  'number': (string);
  'name': (string);
  'category': (_crm_identity_v1_EmployeeCategory__Output);
  'phone': (string);
  'address': (string);
  'email': (string);
  'branchId': (string);
  'departmentId': (string);
  'userId': (string);
}
