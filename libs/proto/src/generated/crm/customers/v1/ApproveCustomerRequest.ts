// Original file: crm/customers/v1/customers.proto


export interface ApproveCustomerRequest {
  'id'?: (string);
  'note'?: (string);
}

export interface ApproveCustomerRequest__Output {
  'id': (string);
  'note': (string);
}
