// Original file: crm/identity/v1/resources.proto

import type { DataScope as _crm_identity_v1_DataScope, DataScope__Output as _crm_identity_v1_DataScope__Output } from '../../../crm/identity/v1/DataScope';

export interface Role {
  'id'?: (string);
  'key'?: (string);
  'name'?: (string);
  'description'?: (string);
  'builtIn'?: (boolean);
  'permissions'?: (string)[];
  'dataScope'?: (_crm_identity_v1_DataScope);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  '_key'?: "key";
}

export interface Role__Output {
  'id': (string);
  'key'?: (string);
  'name': (string);
  'description': (string);
  'builtIn': (boolean);
  'permissions': (string)[];
  'dataScope': (_crm_identity_v1_DataScope__Output);
  'createdAt': (string);
  'updatedAt': (string);
  '_key'?: "key";
}
