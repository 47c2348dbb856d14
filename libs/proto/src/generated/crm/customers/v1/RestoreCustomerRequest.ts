// Original file: crm/customers/v1/customers.proto


export interface RestoreCustomerRequest {
  'id'?: (string);
}

export interface RestoreCustomerRequest__Output {
  'id': (string);
}
