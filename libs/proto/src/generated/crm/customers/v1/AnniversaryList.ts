// Original file: crm/customers/v1/customers.proto

import type { Anniversary as _crm_customers_v1_Anniversary, Anniversary__Output as _crm_customers_v1_Anniversary__Output } from '../../../crm/customers/v1/Anniversary';

export interface AnniversaryList {
  'values'?: (_crm_customers_v1_Anniversary)[];
}

export interface AnniversaryList__Output {
  'values': (_crm_customers_v1_Anniversary__Output)[];
}
