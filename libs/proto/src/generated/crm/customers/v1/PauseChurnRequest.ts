// Original file: crm/customers/v1/customer_care.proto


export interface PauseChurnRequest {
  'customerId'?: (string);
  'plan'?: (string);
  'until'?: (string);
}

export interface PauseChurnRequest__Output {
  'customerId': (string);
  'plan': (string);
  'until': (string);
}
