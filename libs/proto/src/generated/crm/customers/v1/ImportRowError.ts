// Original file: crm/customers/v1/customer_import.proto


export interface ImportRowError {
  'row'?: (number);
  'column'?: (string);
  'code'?: (string);
  'message'?: (string);
}

export interface ImportRowError__Output {
  'row': (number);
  'column': (string);
  'code': (string);
  'message': (string);
}
