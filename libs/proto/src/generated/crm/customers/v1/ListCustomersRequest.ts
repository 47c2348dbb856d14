// Original file: crm/customers/v1/customers.proto

import type { CustomerLevel as _crm_customers_v1_CustomerLevel, CustomerLevel__Output as _crm_customers_v1_CustomerLevel__Output } from '../../../crm/customers/v1/CustomerLevel';
import type { CustomerClass as _crm_customers_v1_CustomerClass, CustomerClass__Output as _crm_customers_v1_CustomerClass__Output } from '../../../crm/customers/v1/CustomerClass';
import type { CustomerStatus as _crm_customers_v1_CustomerStatus, CustomerStatus__Output as _crm_customers_v1_CustomerStatus__Output } from '../../../crm/customers/v1/CustomerStatus';
import type { CustomerKind as _crm_customers_v1_CustomerKind, CustomerKind__Output as _crm_customers_v1_CustomerKind__Output } from '../../../crm/customers/v1/CustomerKind';
import type { CustomerSort as _crm_customers_v1_CustomerSort, CustomerSort__Output as _crm_customers_v1_CustomerSort__Output } from '../../../crm/customers/v1/CustomerSort';

export interface ListCustomersRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'branchId'?: (string);
  'q'?: (string);
  'phone'?: (string);
  'cardUid'?: (string);
  'address'?: (string);
  'city'?: (string);
  'tag'?: (string);
  'ownerId'?: (string);
  'level'?: (_crm_customers_v1_CustomerLevel);
  'customerClass'?: (_crm_customers_v1_CustomerClass);
  'status'?: (_crm_customers_v1_CustomerStatus);
  'kind'?: (_crm_customers_v1_CustomerKind);
  'sort'?: (_crm_customers_v1_CustomerSort);
}

export interface ListCustomersRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'branchId': (string);
  'q': (string);
  'phone': (string);
  'cardUid': (string);
  'address': (string);
  'city': (string);
  'tag': (string);
  'ownerId': (string);
  'level': (_crm_customers_v1_CustomerLevel__Output);
  'customerClass': (_crm_customers_v1_CustomerClass__Output);
  'status': (_crm_customers_v1_CustomerStatus__Output);
  'kind': (_crm_customers_v1_CustomerKind__Output);
  'sort': (_crm_customers_v1_CustomerSort__Output);
}
