// Original file: crm/identity/v1/employees.proto

import type { Employee as _crm_identity_v1_Employee, Employee__Output as _crm_identity_v1_Employee__Output } from '../../../crm/identity/v1/Employee';

export interface UpdateEmployeeResponse {
  'employee'?: (_crm_identity_v1_Employee | null);
}

export interface UpdateEmployeeResponse__Output {
  'employee': (_crm_identity_v1_Employee__Output | null);
}
