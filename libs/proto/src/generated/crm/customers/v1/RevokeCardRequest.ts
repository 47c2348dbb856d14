// Original file: crm/customers/v1/customers.proto


export interface RevokeCardRequest {
  'customerId'?: (string);
  'cardId'?: (string);
  'reason'?: (string);
}

export interface RevokeCardRequest__Output {
  'customerId': (string);
  'cardId': (string);
  'reason': (string);
}
