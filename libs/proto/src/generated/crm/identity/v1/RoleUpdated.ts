// Original file: crm/identity/v1/events.proto

import type { Role as _crm_identity_v1_Role, Role__Output as _crm_identity_v1_Role__Output } from '../../../crm/identity/v1/Role';

export interface RoleUpdated {
  'role'?: (_crm_identity_v1_Role | null);
}

export interface RoleUpdated__Output {
  'role': (_crm_identity_v1_Role__Output | null);
}
