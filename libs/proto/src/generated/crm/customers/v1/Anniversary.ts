// Original file: crm/customers/v1/customer.proto


export interface Anniversary {
  'label'?: (string);
  'date'?: (string);
}

export interface Anniversary__Output {
  'label': (string);
  'date': (string);
}
