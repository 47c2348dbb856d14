// Original file: crm/customers/v1/events.proto


export interface CustomerPurged {
  'customerId'?: (string);
  'branchId'?: (string);
}

export interface CustomerPurged__Output {
  'customerId': (string);
  'branchId': (string);
}
