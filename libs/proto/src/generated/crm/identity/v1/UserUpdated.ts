// Original file: crm/identity/v1/events.proto

import type { User as _crm_identity_v1_User, User__Output as _crm_identity_v1_User__Output } from '../../../crm/identity/v1/User';

export interface UserUpdated {
  'user'?: (_crm_identity_v1_User | null);
}

export interface UserUpdated__Output {
  'user': (_crm_identity_v1_User__Output | null);
}
