// Original file: crm/customers/v1/customers.proto


export interface ReplaceCardRequest {
  'customerId'?: (string);
  'cardId'?: (string);
  'newUid'?: (string);
  'reason'?: (string);
}

export interface ReplaceCardRequest__Output {
  'customerId': (string);
  'cardId': (string);
  'newUid': (string);
  'reason': (string);
}
