// Original file: crm/identity/v1/sites.proto

import type { Site as _crm_identity_v1_Site, Site__Output as _crm_identity_v1_Site__Output } from '../../../crm/identity/v1/Site';

export interface ListSitesResponse {
  'sites'?: (_crm_identity_v1_Site)[];
  'nextPageToken'?: (string);
}

export interface ListSitesResponse__Output {
  'sites': (_crm_identity_v1_Site__Output)[];
  'nextPageToken': (string);
}
