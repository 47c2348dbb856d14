// Original file: crm/identity/v1/sites.proto

import type { Site as _crm_identity_v1_Site, Site__Output as _crm_identity_v1_Site__Output } from '../../../crm/identity/v1/Site';

export interface RotateSiteKeyResponse {
  'site'?: (_crm_identity_v1_Site | null);
  'siteKey'?: (string);
}

export interface RotateSiteKeyResponse__Output {
  'site': (_crm_identity_v1_Site__Output | null);
  'siteKey': (string);
}
