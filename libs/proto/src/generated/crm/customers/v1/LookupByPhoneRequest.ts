// Original file: crm/customers/v1/customers.proto


export interface LookupByPhoneRequest {
  'phone'?: (string);
}

export interface LookupByPhoneRequest__Output {
  'phone': (string);
}
