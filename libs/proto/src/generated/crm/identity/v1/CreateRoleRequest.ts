// Original file: crm/identity/v1/roles.proto

import type { DataScope as _crm_identity_v1_DataScope, DataScope__Output as _crm_identity_v1_DataScope__Output } from '../../../crm/identity/v1/DataScope';

export interface CreateRoleRequest {
  'name'?: (string);
  'description'?: (string);
  'permissions'?: (string)[];
  'dataScope'?: (_crm_identity_v1_DataScope);
}

export interface CreateRoleRequest__Output {
  'name': (string);
  'description': (string);
  'permissions': (string)[];
  'dataScope': (_crm_identity_v1_DataScope__Output);
}
