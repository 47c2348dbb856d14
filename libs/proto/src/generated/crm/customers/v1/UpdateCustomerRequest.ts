// Original file: crm/customers/v1/customers.proto

import type { CustomerKind as _crm_customers_v1_CustomerKind, CustomerKind__Output as _crm_customers_v1_CustomerKind__Output } from '../../../crm/customers/v1/CustomerKind';
import type { StringList as _crm_customers_v1_StringList, StringList__Output as _crm_customers_v1_StringList__Output } from '../../../crm/customers/v1/StringList';
import type { Address as _crm_customers_v1_Address, Address__Output as _crm_customers_v1_Address__Output } from '../../../crm/customers/v1/Address';
import type { ContactList as _crm_customers_v1_ContactList, ContactList__Output as _crm_customers_v1_ContactList__Output } from '../../../crm/customers/v1/ContactList';
import type { CustomerLevel as _crm_customers_v1_CustomerLevel, CustomerLevel__Output as _crm_customers_v1_CustomerLevel__Output } from '../../../crm/customers/v1/CustomerLevel';
import type { CustomerClass as _crm_customers_v1_CustomerClass, CustomerClass__Output as _crm_customers_v1_CustomerClass__Output } from '../../../crm/customers/v1/CustomerClass';
import type { AnniversaryList as _crm_customers_v1_AnniversaryList, AnniversaryList__Output as _crm_customers_v1_AnniversaryList__Output } from '../../../crm/customers/v1/AnniversaryList';

export interface UpdateCustomerRequest {
  'id'?: (string);
  'version'?: (number);
  'kind'?: (_crm_customers_v1_CustomerKind);
  'name'?: (string);
  'phones'?: (_crm_customers_v1_StringList | null);
  'email'?: (string);
  'address'?: (_crm_customers_v1_Address | null);
  'contacts'?: (_crm_customers_v1_ContactList | null);
  'source'?: (string);
  'tags'?: (_crm_customers_v1_StringList | null);
  'notes'?: (string);
  'customFieldsJson'?: (string);
  'level'?: (_crm_customers_v1_CustomerLevel);
  'customerClass'?: (_crm_customers_v1_CustomerClass);
  'acknowledgeDuplicates'?: (boolean);
  'anniversaries'?: (_crm_customers_v1_AnniversaryList | null);
  '_kind'?: "kind";
  '_name'?: "name";
  '_email'?: "email";
  '_source'?: "source";
  '_notes'?: "notes";
  '_customFieldsJson'?: "customFieldsJson";
  '_level'?: "level";
  '_customerClass'?: "customerClass";
}

export interface UpdateCustomerRequest__Output {
  'id': (string);
  'version': (number);
  'kind'?: (_crm_customers_v1_CustomerKind__Output);
  'name'?: (string);
  'phones': (_crm_customers_v1_StringList__Output | null);
  'email'?: (string);
  'address': (_crm_customers_v1_Address__Output | null);
  'contacts': (_crm_customers_v1_ContactList__Output | null);
  'source'?: (string);
  'tags': (_crm_customers_v1_StringList__Output | null);
  'notes'?: (string);
  'customFieldsJson'?: (string);
  'level'?: (_crm_customers_v1_CustomerLevel__Output);
  'customerClass'?: (_crm_customers_v1_CustomerClass__Output);
  'acknowledgeDuplicates': (boolean);
  'anniversaries': (_crm_customers_v1_AnniversaryList__Output | null);
  '_kind'?: "kind";
  '_name'?: "name";
  '_email'?: "email";
  '_source'?: "source";
  '_notes'?: "notes";
  '_customFieldsJson'?: "customFieldsJson";
  '_level'?: "level";
  '_customerClass'?: "customerClass";
}
