// Original file: crm/customers/v1/customers.proto

import type { CustomFieldDefinition as _crm_customers_v1_CustomFieldDefinition, CustomFieldDefinition__Output as _crm_customers_v1_CustomFieldDefinition__Output } from '../../../crm/customers/v1/CustomFieldDefinition';

export interface ListCustomFieldDefinitionsResponse {
  'definitions'?: (_crm_customers_v1_CustomFieldDefinition)[];
}

export interface ListCustomFieldDefinitionsResponse__Output {
  'definitions': (_crm_customers_v1_CustomFieldDefinition__Output)[];
}
