// Original file: crm/customers/v1/customer_care.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';

export interface ListChurnResponse {
  'customers'?: (_crm_customers_v1_Customer)[];
  'nextPageToken'?: (string);
}

export interface ListChurnResponse__Output {
  'customers': (_crm_customers_v1_Customer__Output)[];
  'nextPageToken': (string);
}
