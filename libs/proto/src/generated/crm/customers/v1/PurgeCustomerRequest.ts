// Original file: crm/customers/v1/customers.proto


export interface PurgeCustomerRequest {
  'id'?: (string);
}

export interface PurgeCustomerRequest__Output {
  'id': (string);
}
