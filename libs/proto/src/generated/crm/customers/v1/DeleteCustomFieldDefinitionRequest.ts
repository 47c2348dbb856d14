// Original file: crm/customers/v1/customers.proto


export interface DeleteCustomFieldDefinitionRequest {
  'id'?: (string);
}

export interface DeleteCustomFieldDefinitionRequest__Output {
  'id': (string);
}
