// Original file: crm/identity/v1/branches.proto

import type { Branch as _crm_identity_v1_Branch, Branch__Output as _crm_identity_v1_Branch__Output } from '../../../crm/identity/v1/Branch';

export interface CreateBranchResponse {
  'branch'?: (_crm_identity_v1_Branch | null);
}

export interface CreateBranchResponse__Output {
  'branch': (_crm_identity_v1_Branch__Output | null);
}
