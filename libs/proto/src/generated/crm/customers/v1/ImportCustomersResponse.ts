// Original file: crm/customers/v1/customer_import.proto

import type { ImportRowError as _crm_customers_v1_ImportRowError, ImportRowError__Output as _crm_customers_v1_ImportRowError__Output } from '../../../crm/customers/v1/ImportRowError';

export interface ImportCustomersResponse {
  'totalRows'?: (number);
  'imported'?: (number);
  'updated'?: (number);
  'failed'?: (number);
  'dryRun'?: (boolean);
  'errors'?: (_crm_customers_v1_ImportRowError)[];
  'errorsTruncated'?: (boolean);
  'importId'?: (string);
}

export interface ImportCustomersResponse__Output {
  'totalRows': (number);
  'imported': (number);
  'updated': (number);
  'failed': (number);
  'dryRun': (boolean);
  'errors': (_crm_customers_v1_ImportRowError__Output)[];
  'errorsTruncated': (boolean);
  'importId': (string);
}
