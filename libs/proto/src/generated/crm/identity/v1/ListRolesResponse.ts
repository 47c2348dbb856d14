// Original file: crm/identity/v1/roles.proto

import type { Role as _crm_identity_v1_Role, Role__Output as _crm_identity_v1_Role__Output } from '../../../crm/identity/v1/Role';

export interface ListRolesResponse {
  'roles'?: (_crm_identity_v1_Role)[];
  'nextPageToken'?: (string);
}

export interface ListRolesResponse__Output {
  'roles': (_crm_identity_v1_Role__Output)[];
  'nextPageToken': (string);
}
