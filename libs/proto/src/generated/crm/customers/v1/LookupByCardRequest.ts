// Original file: crm/customers/v1/customers.proto


export interface LookupByCardRequest {
  'uid'?: (string);
}

export interface LookupByCardRequest__Output {
  'uid': (string);
}
