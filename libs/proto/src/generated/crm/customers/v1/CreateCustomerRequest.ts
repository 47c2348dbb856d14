// Original file: crm/customers/v1/customers.proto

import type { CustomerKind as _crm_customers_v1_CustomerKind, CustomerKind__Output as _crm_customers_v1_CustomerKind__Output } from '../../../crm/customers/v1/CustomerKind';

export interface CreateCustomerRequest {
  'branchId'?: (string);
  'kind'?: (_crm_customers_v1_CustomerKind);
  'name'?: (string);
  'phone'?: (string);
  'email'?: (string);
  'ownerId'?: (string);
}

export interface CreateCustomerRequest__Output {
  'branchId': (string);
  'kind': (_crm_customers_v1_CustomerKind__Output);
  'name': (string);
  'phone': (string);
  'email': (string);
  'ownerId': (string);
}
