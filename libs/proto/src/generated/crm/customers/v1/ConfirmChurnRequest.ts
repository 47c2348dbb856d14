// Original file: crm/customers/v1/customer_care.proto


export interface ConfirmChurnRequest {
  'customerId'?: (string);
  'reason'?: (string);
}

export interface ConfirmChurnRequest__Output {
  'customerId': (string);
  'reason': (string);
}
