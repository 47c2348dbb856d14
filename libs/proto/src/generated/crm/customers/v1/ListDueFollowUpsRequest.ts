// Original file: crm/customers/v1/customers.proto


export interface ListDueFollowUpsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListDueFollowUpsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
}
