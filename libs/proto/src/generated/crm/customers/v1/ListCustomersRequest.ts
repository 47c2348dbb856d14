// Original file: crm/customers/v1/customers.proto


export interface ListCustomersRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'branchId'?: (string);
}

export interface ListCustomersRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'branchId': (string);
}
