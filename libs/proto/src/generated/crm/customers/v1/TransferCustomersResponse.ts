// Original file: crm/customers/v1/customers.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';

export interface TransferCustomersResponse {
  'customers'?: (_crm_customers_v1_Customer)[];
}

export interface TransferCustomersResponse__Output {
  'customers': (_crm_customers_v1_Customer__Output)[];
}
