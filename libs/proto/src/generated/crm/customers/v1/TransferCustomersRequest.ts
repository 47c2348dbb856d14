// Original file: crm/customers/v1/customers.proto


export interface TransferCustomersRequest {
  'customerIds'?: (string)[];
  'fromOwnerId'?: (string);
  'toOwnerId'?: (string);
}

export interface TransferCustomersRequest__Output {
  'customerIds': (string)[];
  'fromOwnerId': (string);
  'toOwnerId': (string);
}
