// Original file: crm/customers/v1/customers.proto


export interface MergeCustomersRequest {
  'targetId'?: (string);
  'sourceId'?: (string);
}

export interface MergeCustomersRequest__Output {
  'targetId': (string);
  'sourceId': (string);
}
