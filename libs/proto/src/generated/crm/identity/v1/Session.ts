// Original file: crm/identity/v1/resources.proto

import type { Me as _crm_identity_v1_Me, Me__Output as _crm_identity_v1_Me__Output } from '../../../crm/identity/v1/Me';

export interface Session {
  'accessToken'?: (string);
  'tokenType'?: (string);
  'expiresIn'?: (number);
  'refreshToken'?: (string);
  'refreshTokenExpiresAt'?: (string);
  'user'?: (_crm_identity_v1_Me | null);
}

export interface Session__Output {
  'accessToken': (string);
  'tokenType': (string);
  'expiresIn': (number);
  'refreshToken': (string);
  'refreshTokenExpiresAt': (string);
  'user': (_crm_identity_v1_Me__Output | null);
}
