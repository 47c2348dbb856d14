// Original file: crm/identity/v1/resources.proto

import type { RoleRef as _crm_identity_v1_RoleRef, RoleRef__Output as _crm_identity_v1_RoleRef__Output } from '../../../crm/identity/v1/RoleRef';

export interface User {
  'id'?: (string);
  'username'?: (string);
  'displayName'?: (string);
  'branchId'?: (string);
  'departmentId'?: (string);
  'roles'?: (_crm_identity_v1_RoleRef)[];
  'disabled'?: (boolean);
  'locked'?: (boolean);
  'mustChangePassword'?: (boolean);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'extension'?: (string);
  '_departmentId'?: "departmentId";
  '_extension'?: "extension";
}

export interface User__Output {
  'id': (string);
  'username': (string);
  'displayName': (string);
  'branchId': (string);
  'departmentId'?: (string);
  'roles': (_crm_identity_v1_RoleRef__Output)[];
  'disabled': (boolean);
  'locked': (boolean);
  'mustChangePassword': (boolean);
  'createdAt': (string);
  'updatedAt': (string);
  'extension'?: (string);
  '_departmentId'?: "departmentId";
  '_extension'?: "extension";
}
