// Original file: crm/identity/v1/events.proto

import type { Site as _crm_identity_v1_Site, Site__Output as _crm_identity_v1_Site__Output } from '../../../crm/identity/v1/Site';

export interface SiteCreated {
  'site'?: (_crm_identity_v1_Site | null);
}

export interface SiteCreated__Output {
  'site': (_crm_identity_v1_Site__Output | null);
}
