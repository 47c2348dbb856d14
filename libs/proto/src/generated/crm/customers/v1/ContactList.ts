// Original file: crm/customers/v1/customer.proto

import type { Contact as _crm_customers_v1_Contact, Contact__Output as _crm_customers_v1_Contact__Output } from '../../../crm/customers/v1/Contact';

export interface ContactList {
  'values'?: (_crm_customers_v1_Contact)[];
}

export interface ContactList__Output {
  'values': (_crm_customers_v1_Contact__Output)[];
}
