// Original file: crm/identity/v1/roles.proto

import type { Permission as _crm_identity_v1_Permission, Permission__Output as _crm_identity_v1_Permission__Output } from '../../../crm/identity/v1/Permission';

export interface ListPermissionsResponse {
  'permissions'?: (_crm_identity_v1_Permission)[];
  'nextPageToken'?: (string);
}

export interface ListPermissionsResponse__Output {
  'permissions': (_crm_identity_v1_Permission__Output)[];
  'nextPageToken': (string);
}
