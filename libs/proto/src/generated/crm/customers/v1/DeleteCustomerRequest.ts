// Original file: crm/customers/v1/customers.proto


export interface DeleteCustomerRequest {
  'id'?: (string);
}

export interface DeleteCustomerRequest__Output {
  'id': (string);
}
