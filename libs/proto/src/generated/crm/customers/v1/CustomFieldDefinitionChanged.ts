// Original file: crm/customers/v1/events.proto

import type { CustomFieldDefinition as _crm_customers_v1_CustomFieldDefinition, CustomFieldDefinition__Output as _crm_customers_v1_CustomFieldDefinition__Output } from '../../../crm/customers/v1/CustomFieldDefinition';

export interface CustomFieldDefinitionChanged {
  'definition'?: (_crm_customers_v1_CustomFieldDefinition | null);
}

export interface CustomFieldDefinitionChanged__Output {
  'definition': (_crm_customers_v1_CustomFieldDefinition__Output | null);
}
