// Original file: crm/customers/v1/customer_import.proto

import type { ImportOptions as _crm_customers_v1_ImportOptions, ImportOptions__Output as _crm_customers_v1_ImportOptions__Output } from '../../../crm/customers/v1/ImportOptions';

export interface ImportCustomersRequest {
  'options'?: (_crm_customers_v1_ImportOptions | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "options"|"chunk";
}

export interface ImportCustomersRequest__Output {
  'options'?: (_crm_customers_v1_ImportOptions__Output | null);
  'chunk'?: (Buffer);
  'part'?: "options"|"chunk";
}
