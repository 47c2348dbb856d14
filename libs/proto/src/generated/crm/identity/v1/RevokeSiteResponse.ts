// Original file: crm/identity/v1/sites.proto

import type { Site as _crm_identity_v1_Site, Site__Output as _crm_identity_v1_Site__Output } from '../../../crm/identity/v1/Site';

export interface RevokeSiteResponse {
  'site'?: (_crm_identity_v1_Site | null);
}

export interface RevokeSiteResponse__Output {
  'site': (_crm_identity_v1_Site__Output | null);
}
