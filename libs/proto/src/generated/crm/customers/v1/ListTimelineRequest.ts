// Original file: crm/customers/v1/customers.proto


export interface ListTimelineRequest {
  'customerId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListTimelineRequest__Output {
  'customerId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
