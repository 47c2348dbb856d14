// Original file: crm/customers/v1/customers.proto


export interface GetCustomerRequest {
  'id'?: (string);
}

export interface GetCustomerRequest__Output {
  'id': (string);
}
