// Original file: crm/customers/v1/customers.proto


export interface DeleteCustomFieldDefinitionResponse {
}

export interface DeleteCustomFieldDefinitionResponse__Output {
}
