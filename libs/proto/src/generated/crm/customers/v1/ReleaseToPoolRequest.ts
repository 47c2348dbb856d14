// Original file: crm/customers/v1/customers.proto


export interface ReleaseToPoolRequest {
  'id'?: (string);
}

export interface ReleaseToPoolRequest__Output {
  'id': (string);
}
