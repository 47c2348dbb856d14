// Original file: crm/customers/v1/customers.proto


export interface ClaimFromPoolRequest {
  'id'?: (string);
}

export interface ClaimFromPoolRequest__Output {
  'id': (string);
}
