// Original file: crm/customers/v1/customer_care.proto


export interface ListCareDueRequest {
  'days'?: (number);
}

export interface ListCareDueRequest__Output {
  'days': (number);
}
