// Original file: crm/customers/v1/customers.proto


export interface RejectCustomerRequest {
  'id'?: (string);
  'reason'?: (string);
}

export interface RejectCustomerRequest__Output {
  'id': (string);
  'reason': (string);
}
