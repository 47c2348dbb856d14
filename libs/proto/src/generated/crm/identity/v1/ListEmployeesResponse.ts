// Original file: crm/identity/v1/employees.proto

import type { Employee as _crm_identity_v1_Employee, Employee__Output as _crm_identity_v1_Employee__Output } from '../../../crm/identity/v1/Employee';

export interface ListEmployeesResponse {
  'employees'?: (_crm_identity_v1_Employee)[];
  'nextPageToken'?: (string);
}

export interface ListEmployeesResponse__Output {
  'employees': (_crm_identity_v1_Employee__Output)[];
  'nextPageToken': (string);
}
