// Original file: crm/customers/v1/customer_import.proto

import type { ImportMode as _crm_customers_v1_ImportMode, ImportMode__Output as _crm_customers_v1_ImportMode__Output } from '../../../crm/customers/v1/ImportMode';

export interface ImportOptions {
  'dryRun'?: (boolean);
  'mode'?: (_crm_customers_v1_ImportMode);
  'branchId'?: (string);
  'fileName'?: (string);
}

export interface ImportOptions__Output {
  'dryRun': (boolean);
  'mode': (_crm_customers_v1_ImportMode__Output);
  'branchId': (string);
  'fileName': (string);
}
