// Original file: crm/customers/v1/customers.proto

import type { CustomFieldType as _crm_customers_v1_CustomFieldType, CustomFieldType__Output as _crm_customers_v1_CustomFieldType__Output } from '../../../crm/customers/v1/CustomFieldType';

export interface CreateCustomFieldDefinitionRequest {
  'branchId'?: (string);
  'key'?: (string);
  'label'?: (string);
  'type'?: (_crm_customers_v1_CustomFieldType);
  'options'?: (string)[];
  'required'?: (boolean);
  'position'?: (number);
}

export interface CreateCustomFieldDefinitionRequest__Output {
  'branchId': (string);
  'key': (string);
  'label': (string);
  'type': (_crm_customers_v1_CustomFieldType__Output);
  'options': (string)[];
  'required': (boolean);
  'position': (number);
}
