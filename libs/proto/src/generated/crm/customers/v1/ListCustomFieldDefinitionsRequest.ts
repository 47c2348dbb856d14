// Original file: crm/customers/v1/customers.proto


export interface ListCustomFieldDefinitionsRequest {
  'branchId'?: (string);
}

export interface ListCustomFieldDefinitionsRequest__Output {
  'branchId': (string);
}
