// Original file: crm/customers/v1/customer.proto


export interface Address {
  'province'?: (string);
  'city'?: (string);
  'district'?: (string);
  'detail'?: (string);
}

export interface Address__Output {
  'province': (string);
  'city': (string);
  'district': (string);
  'detail': (string);
}
