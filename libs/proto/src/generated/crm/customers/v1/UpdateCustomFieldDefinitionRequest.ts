// Original file: crm/customers/v1/customers.proto

import type { StringList as _crm_customers_v1_StringList, StringList__Output as _crm_customers_v1_StringList__Output } from '../../../crm/customers/v1/StringList';

export interface UpdateCustomFieldDefinitionRequest {
  'id'?: (string);
  'version'?: (number);
  'label'?: (string);
  'options'?: (_crm_customers_v1_StringList | null);
  'required'?: (boolean);
  'position'?: (number);
  '_label'?: "label";
  '_required'?: "required";
  '_position'?: "position";
}

export interface UpdateCustomFieldDefinitionRequest__Output {
  'id': (string);
  'version': (number);
  'label'?: (string);
  'options': (_crm_customers_v1_StringList__Output | null);
  'required'?: (boolean);
  'position'?: (number);
  '_label'?: "label";
  '_required'?: "required";
  '_position'?: "position";
}
