// Original file: crm/customers/v1/customer.proto

import type { CustomFieldType as _crm_customers_v1_CustomFieldType, CustomFieldType__Output as _crm_customers_v1_CustomFieldType__Output } from '../../../crm/customers/v1/CustomFieldType';

export interface CustomFieldDefinition {
  'id'?: (string);
  'branchId'?: (string);
  'key'?: (string);
  'label'?: (string);
  'type'?: (_crm_customers_v1_CustomFieldType);
  'options'?: (string)[];
  'required'?: (boolean);
  'position'?: (number);
  'version'?: (number);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface CustomFieldDefinition__Output {
  'id': (string);
  'branchId': (string);
  'key': (string);
  'label': (string);
  'type': (_crm_customers_v1_CustomFieldType__Output);
  'options': (string)[];
  'required': (boolean);
  'position': (number);
  'version': (number);
  'createdAt': (string);
  'updatedAt': (string);
}
