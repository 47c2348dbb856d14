// Original file: crm/customers/v1/customers.proto


export interface ListPoolRequest {
  'branchId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListPoolRequest__Output {
  'branchId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
