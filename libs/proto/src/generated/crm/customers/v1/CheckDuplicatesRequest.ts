// Original file: crm/customers/v1/customers.proto


export interface CheckDuplicatesRequest {
  'name'?: (string);
  'phones'?: (string)[];
  'excludeCustomerId'?: (string);
}

export interface CheckDuplicatesRequest__Output {
  'name': (string);
  'phones': (string)[];
  'excludeCustomerId': (string);
}
