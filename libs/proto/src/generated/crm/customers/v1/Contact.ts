// Original file: crm/customers/v1/customer.proto


export interface Contact {
  'id'?: (string);
  'name'?: (string);
  'title'?: (string);
  'phones'?: (string)[];
  'email'?: (string);
  'birthday'?: (string);
}

export interface Contact__Output {
  'id': (string);
  'name': (string);
  'title': (string);
  'phones': (string)[];
  'email': (string);
  'birthday': (string);
}
