// Original file: crm/identity/v1/roles.proto

import type { Role as _crm_identity_v1_Role, Role__Output as _crm_identity_v1_Role__Output } from '../../../crm/identity/v1/Role';

export interface UpdateRoleResponse {
  'role'?: (_crm_identity_v1_Role | null);
}

export interface UpdateRoleResponse__Output {
  'role': (_crm_identity_v1_Role__Output | null);
}
