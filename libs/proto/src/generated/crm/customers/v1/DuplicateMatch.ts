// Original file: crm/customers/v1/customer.proto

import type { CustomerStatus as _crm_customers_v1_CustomerStatus, CustomerStatus__Output as _crm_customers_v1_CustomerStatus__Output } from '../../../crm/customers/v1/CustomerStatus';

export interface DuplicateMatch {
  'customerId'?: (string);
  'name'?: (string);
  'maskedPhone'?: (string);
  'ownerId'?: (string);
  'branchId'?: (string);
  'matchedOn'?: (string)[];
  'inScope'?: (boolean);
  'status'?: (_crm_customers_v1_CustomerStatus);
}

export interface DuplicateMatch__Output {
  'customerId': (string);
  'name': (string);
  'maskedPhone': (string);
  'ownerId': (string);
  'branchId': (string);
  'matchedOn': (string)[];
  'inScope': (boolean);
  'status': (_crm_customers_v1_CustomerStatus__Output);
}
