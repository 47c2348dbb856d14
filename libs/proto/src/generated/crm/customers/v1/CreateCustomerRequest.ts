// Original file: crm/customers/v1/customers.proto

import type { CustomerKind as _crm_customers_v1_CustomerKind, CustomerKind__Output as _crm_customers_v1_CustomerKind__Output } from '../../../crm/customers/v1/CustomerKind';
import type { Address as _crm_customers_v1_Address, Address__Output as _crm_customers_v1_Address__Output } from '../../../crm/customers/v1/Address';
import type { Contact as _crm_customers_v1_Contact, Contact__Output as _crm_customers_v1_Contact__Output } from '../../../crm/customers/v1/Contact';
import type { CustomerLevel as _crm_customers_v1_CustomerLevel, CustomerLevel__Output as _crm_customers_v1_CustomerLevel__Output } from '../../../crm/customers/v1/CustomerLevel';
import type { CustomerClass as _crm_customers_v1_CustomerClass, CustomerClass__Output as _crm_customers_v1_CustomerClass__Output } from '../../../crm/customers/v1/CustomerClass';
import type { Anniversary as _crm_customers_v1_Anniversary, Anniversary__Output as _crm_customers_v1_Anniversary__Output } from '../../../crm/customers/v1/Anniversary';

export interface CreateCustomerRequest {
  'branchId'?: (string);
  'kind'?: (_crm_customers_v1_CustomerKind);
  'name'?: (string);
  'phone'?: (string);
  'email'?: (string);
  'ownerId'?: (string);
  'phones'?: (string)[];
  'address'?: (_crm_customers_v1_Address | null);
  'contacts'?: (_crm_customers_v1_Contact)[];
  'source'?: (string);
  'tags'?: (string)[];
  'notes'?: (string);
  'customFieldsJson'?: (string);
  'level'?: (_crm_customers_v1_CustomerLevel);
  'customerClass'?: (_crm_customers_v1_CustomerClass);
  'acknowledgeDuplicates'?: (boolean);
  'anniversaries'?: (_crm_customers_v1_Anniversary)[];
}

export interface CreateCustomerRequest__Output {
  'branchId': (string);
  'kind': (_crm_customers_v1_CustomerKind__Output);
  'name': (string);
  'phone': (string);
  'email': (string);
  'ownerId': (string);
  'phones': (string)[];
  'address': (_crm_customers_v1_Address__Output | null);
  'contacts': (_crm_customers_v1_Contact__Output)[];
  'source': (string);
  'tags': (string)[];
  'notes': (string);
  'customFieldsJson': (string);
  'level': (_crm_customers_v1_CustomerLevel__Output);
  'customerClass': (_crm_customers_v1_CustomerClass__Output);
  'acknowledgeDuplicates': (boolean);
  'anniversaries': (_crm_customers_v1_Anniversary__Output)[];
}
