// Original file: crm/identity/v1/auth.proto

import type { Me as _crm_identity_v1_Me, Me__Output as _crm_identity_v1_Me__Output } from '../../../crm/identity/v1/Me';

export interface GetMeResponse {
  'me'?: (_crm_identity_v1_Me | null);
}

export interface GetMeResponse__Output {
  'me': (_crm_identity_v1_Me__Output | null);
}
