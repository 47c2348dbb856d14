// Original file: crm/identity/v1/departments.proto

import type { Department as _crm_identity_v1_Department, Department__Output as _crm_identity_v1_Department__Output } from '../../../crm/identity/v1/Department';

export interface ListDepartmentsResponse {
  'departments'?: (_crm_identity_v1_Department)[];
  'nextPageToken'?: (string);
}

export interface ListDepartmentsResponse__Output {
  'departments': (_crm_identity_v1_Department__Output)[];
  'nextPageToken': (string);
}
