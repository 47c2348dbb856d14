// Original file: crm/identity/v1/roles.proto

import type { StringList as _crm_identity_v1_StringList, StringList__Output as _crm_identity_v1_StringList__Output } from '../../../crm/identity/v1/StringList';
import type { DataScope as _crm_identity_v1_DataScope, DataScope__Output as _crm_identity_v1_DataScope__Output } from '../../../crm/identity/v1/DataScope';

export interface UpdateRoleRequest {
  'id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'permissions'?: (_crm_identity_v1_StringList | null);
  'dataScope'?: (_crm_identity_v1_DataScope);
  '_name'?: "name";
  '_description'?: "description";
  '_dataScope'?: "dataScope";
}

export interface UpdateRoleRequest__Output {
  'id': (string);
  'name'?: (string);
  'description'?: (string);
  'permissions': (_crm_identity_v1_StringList__Output | null);
  'dataScope'?: (_crm_identity_v1_DataScope__Output);
  '_name'?: "name";
  '_description'?: "description";
  '_dataScope'?: "dataScope";
}
