// Original file: crm/identity/v1/users.proto

import type { StringList as _crm_identity_v1_StringList, StringList__Output as _crm_identity_v1_StringList__Output } from '../../../crm/identity/v1/StringList';

export interface UpdateUserRequest {
  'id'?: (string);
  'displayName'?: (string);
  'branchId'?: (string);
  'departmentId'?: (string);
  'roleIds'?: (_crm_identity_v1_StringList | null);
  'disabled'?: (boolean);
  'extension'?: (string);
  '_displayName'?: "displayName";
  '_branchId'?: "branchId";
  '_departmentId'?: "departmentId";
  '_disabled'?: "disabled";
  '_extension'?: "extension";
}

export interface UpdateUserRequest__Output {
  'id': (string);
  'displayName'?: (string);
  'branchId'?: (string);
  'departmentId'?: (string);
  'roleIds': (_crm_identity_v1_StringList__Output | null);
  'disabled'?: (boolean);
  'extension'?: (string);
  '_displayName'?: "displayName";
  '_branchId'?: "branchId";
  '_departmentId'?: "departmentId";
  '_disabled'?: "disabled";
  '_extension'?: "extension";
}
