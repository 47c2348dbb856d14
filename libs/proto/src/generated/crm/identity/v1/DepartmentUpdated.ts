// Original file: crm/identity/v1/events.proto

import type { Department as _crm_identity_v1_Department, Department__Output as _crm_identity_v1_Department__Output } from '../../../crm/identity/v1/Department';

export interface DepartmentUpdated {
  'department'?: (_crm_identity_v1_Department | null);
}

export interface DepartmentUpdated__Output {
  'department': (_crm_identity_v1_Department__Output | null);
}
