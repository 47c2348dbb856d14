// Original file: crm/customers/v1/customer_care.proto


export interface ReactivateChurnRequest {
  'customerId'?: (string);
}

export interface ReactivateChurnRequest__Output {
  'customerId': (string);
}
