// Original file: crm/identity/v1/branches.proto

import type { Branch as _crm_identity_v1_Branch, Branch__Output as _crm_identity_v1_Branch__Output } from '../../../crm/identity/v1/Branch';

export interface ListBranchesResponse {
  'branches'?: (_crm_identity_v1_Branch)[];
  'nextPageToken'?: (string);
}

export interface ListBranchesResponse__Output {
  'branches': (_crm_identity_v1_Branch__Output)[];
  'nextPageToken': (string);
}
