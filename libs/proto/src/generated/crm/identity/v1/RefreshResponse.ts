// Original file: crm/identity/v1/auth.proto

import type { Session as _crm_identity_v1_Session, Session__Output as _crm_identity_v1_Session__Output } from '../../../crm/identity/v1/Session';

export interface RefreshResponse {
  'session'?: (_crm_identity_v1_Session | null);
}

export interface RefreshResponse__Output {
  'session': (_crm_identity_v1_Session__Output | null);
}
