// Original file: crm/identity/v1/users.proto

import type { User as _crm_identity_v1_User, User__Output as _crm_identity_v1_User__Output } from '../../../crm/identity/v1/User';

export interface ListUsersResponse {
  'users'?: (_crm_identity_v1_User)[];
  'nextPageToken'?: (string);
}

export interface ListUsersResponse__Output {
  'users': (_crm_identity_v1_User__Output)[];
  'nextPageToken': (string);
}
