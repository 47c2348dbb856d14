// Original file: crm/identity/v1/sites.proto

import type { Site as _crm_identity_v1_Site, Site__Output as _crm_identity_v1_Site__Output } from '../../../crm/identity/v1/Site';
import type { Branch as _crm_identity_v1_Branch, Branch__Output as _crm_identity_v1_Branch__Output } from '../../../crm/identity/v1/Branch';

export interface VerifySiteKeyResponse {
  'site'?: (_crm_identity_v1_Site | null);
  'branch'?: (_crm_identity_v1_Branch | null);
}

export interface VerifySiteKeyResponse__Output {
  'site': (_crm_identity_v1_Site__Output | null);
  'branch': (_crm_identity_v1_Branch__Output | null);
}
