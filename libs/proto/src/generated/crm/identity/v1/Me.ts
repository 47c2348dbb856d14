// Original file: crm/identity/v1/resources.proto

import type { RoleRef as _crm_identity_v1_RoleRef, RoleRef__Output as _crm_identity_v1_RoleRef__Output } from '../../../crm/identity/v1/RoleRef';
import type { DataScope as _crm_identity_v1_DataScope, DataScope__Output as _crm_identity_v1_DataScope__Output } from '../../../crm/identity/v1/DataScope';

export interface Me {
  'id'?: (string);
  'username'?: (string);
  'displayName'?: (string);
  'branchId'?: (string);
  'departmentId'?: (string);
  'roles'?: (_crm_identity_v1_RoleRef)[];
  'permissions'?: (string)[];
  'dataScope'?: (_crm_identity_v1_DataScope);
  'mustChangePassword'?: (boolean);
  'extension'?: (string);
  'branchName'?: (string);
  '_departmentId'?: "departmentId";
  '_extension'?: "extension";
}

export interface Me__Output {
  'id': (string);
  'username': (string);
  'displayName': (string);
  'branchId': (string);
  'departmentId'?: (string);
  'roles': (_crm_identity_v1_RoleRef__Output)[];
  'permissions': (string)[];
  'dataScope': (_crm_identity_v1_DataScope__Output);
  'mustChangePassword': (boolean);
  'extension'?: (string);
  'branchName': (string);
  '_departmentId'?: "departmentId";
  '_extension'?: "extension";
}
