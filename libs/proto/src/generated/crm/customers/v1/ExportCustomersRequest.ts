// Original file: crm/customers/v1/customer_import.proto

import type { ListCustomersRequest as _crm_customers_v1_ListCustomersRequest, ListCustomersRequest__Output as _crm_customers_v1_ListCustomersRequest__Output } from '../../../crm/customers/v1/ListCustomersRequest';

export interface ExportCustomersRequest {
  'filter'?: (_crm_customers_v1_ListCustomersRequest | null);
}

export interface ExportCustomersRequest__Output {
  'filter': (_crm_customers_v1_ListCustomersRequest__Output | null);
}
