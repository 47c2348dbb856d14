// Original file: crm/identity/v1/sites.proto

import type { Site as _crm_identity_v1_Site, Site__Output as _crm_identity_v1_Site__Output } from '../../../crm/identity/v1/Site';

export interface CreateSiteResponse {
  'site'?: (_crm_identity_v1_Site | null);
  'siteKey'?: (string);
}

export interface CreateSiteResponse__Output {
  'site': (_crm_identity_v1_Site__Output | null);
  'siteKey': (string);
}
