// Original file: crm/customers/v1/customer.proto

import type { CustomerKind as _crm_customers_v1_CustomerKind, CustomerKind__Output as _crm_customers_v1_CustomerKind__Output } from '../../../crm/customers/v1/CustomerKind';
import type { Address as _crm_customers_v1_Address, Address__Output as _crm_customers_v1_Address__Output } from '../../../crm/customers/v1/Address';
import type { Contact as _crm_customers_v1_Contact, Contact__Output as _crm_customers_v1_Contact__Output } from '../../../crm/customers/v1/Contact';
import type { CustomerLevel as _crm_customers_v1_CustomerLevel, CustomerLevel__Output as _crm_customers_v1_CustomerLevel__Output } from '../../../crm/customers/v1/CustomerLevel';
import type { CustomerClass as _crm_customers_v1_CustomerClass, CustomerClass__Output as _crm_customers_v1_CustomerClass__Output } from '../../../crm/customers/v1/CustomerClass';
import type { CustomerStatus as _crm_customers_v1_CustomerStatus, CustomerStatus__Output as _crm_customers_v1_CustomerStatus__Output } from '../../../crm/customers/v1/CustomerStatus';
import type { Card as _crm_customers_v1_Card, Card__Output as _crm_customers_v1_Card__Output } from '../../../crm/customers/v1/Card';

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
  'phones'?: (string)[];
  'address'?: (_crm_customers_v1_Address | null);
  'contacts'?: (_crm_customers_v1_Contact)[];
  'source'?: (string);
  'tags'?: (string)[];
  'notes'?: (string);
  'customFieldsJson'?: (string);
  'level'?: (_crm_customers_v1_CustomerLevel);
  'customerClass'?: (_crm_customers_v1_CustomerClass);
  'status'?: (_crm_customers_v1_CustomerStatus);
  'version'?: (number);
  'purchaseQuantity'?: (string);
  'cards'?: (_crm_customers_v1_Card)[];
  'deletedAt'?: (string);
  'deletedBy'?: (string);
  'mergedInto'?: (string);
  'createdBy'?: (string);
  'updatedBy'?: (string);
  'reviewNote'?: (string);
  'reviewedBy'?: (string);
  'reviewedAt'?: (string);
  'ownedSince'?: (string);
  'releasedAt'?: (string);
  'previousOwnerId'?: (string);
  'lastFollowUpAt'?: (string);
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
  'phones': (string)[];
  'address': (_crm_customers_v1_Address__Output | null);
  'contacts': (_crm_customers_v1_Contact__Output)[];
  'source': (string);
  'tags': (string)[];
  'notes': (string);
  'customFieldsJson': (string);
  'level': (_crm_customers_v1_CustomerLevel__Output);
  'customerClass': (_crm_customers_v1_CustomerClass__Output);
  'status': (_crm_customers_v1_CustomerStatus__Output);
  'version': (number);
  'purchaseQuantity': (string);
  'cards': (_crm_customers_v1_Card__Output)[];
  'deletedAt': (string);
  'deletedBy': (string);
  'mergedInto': (string);
  'createdBy': (string);
  'updatedBy': (string);
  'reviewNote': (string);
  'reviewedBy': (string);
  'reviewedAt': (string);
  'ownedSince': (string);
  'releasedAt': (string);
  'previousOwnerId': (string);
  'lastFollowUpAt': (string);
}
