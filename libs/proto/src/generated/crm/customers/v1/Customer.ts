// Original file: crm/customers/v1/customer.proto

import type { CustomerKind as _crm_customers_v1_CustomerKind, CustomerKind__Output as _crm_customers_v1_CustomerKind__Output } from '../../../crm/customers/v1/CustomerKind';

export interface Customer {
  'id'?: (string);
  'branchId'?: (string);
  'kind'?: (_crm_customers_v1_CustomerKind);
  'name'?: (string);
  'phone'?: (string);
  'email'?: (string);
  'ownerId'?: (string);
  'departmentId'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface Customer__Output {
  'id': (string);
  'branchId': (string);
  'kind': (_crm_customers_v1_CustomerKind__Output);
  'name': (string);
  'phone': (string);
  'email': (string);
  'ownerId': (string);
  'departmentId': (string);
  'createdAt': (string);
  'updatedAt': (string);
}
