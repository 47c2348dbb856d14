// Original file: crm/customers/v1/customers.proto

import type { CustomFieldDefinition as _crm_customers_v1_CustomFieldDefinition, CustomFieldDefinition__Output as _crm_customers_v1_CustomFieldDefinition__Output } from '../../../crm/customers/v1/CustomFieldDefinition';

export interface UpdateCustomFieldDefinitionResponse {
  'definition'?: (_crm_customers_v1_CustomFieldDefinition | null);
}

export interface UpdateCustomFieldDefinitionResponse__Output {
  'definition': (_crm_customers_v1_CustomFieldDefinition__Output | null);
}
