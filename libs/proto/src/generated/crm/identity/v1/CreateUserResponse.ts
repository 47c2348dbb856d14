// Original file: crm/identity/v1/users.proto

import type { User as _crm_identity_v1_User, User__Output as _crm_identity_v1_User__Output } from '../../../crm/identity/v1/User';

export interface CreateUserResponse {
  'user'?: (_crm_identity_v1_User | null);
}

export interface CreateUserResponse__Output {
  'user': (_crm_identity_v1_User__Output | null);
}
