// Original file: crm/customers/v1/customers.proto


export interface ListDeletedCustomersRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'branchId'?: (string);
}

export interface ListDeletedCustomersRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'branchId': (string);
}
