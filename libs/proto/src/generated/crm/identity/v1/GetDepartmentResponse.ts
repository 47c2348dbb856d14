// Original file: crm/identity/v1/departments.proto

import type { Department as _crm_identity_v1_Department, Department__Output as _crm_identity_v1_Department__Output } from '../../../crm/identity/v1/Department';

export interface GetDepartmentResponse {
  'department'?: (_crm_identity_v1_Department | null);
}

export interface GetDepartmentResponse__Output {
  'department': (_crm_identity_v1_Department__Output | null);
}
