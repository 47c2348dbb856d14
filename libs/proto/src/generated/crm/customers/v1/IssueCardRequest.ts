// Original file: crm/customers/v1/customers.proto


export interface IssueCardRequest {
  'customerId'?: (string);
  'uid'?: (string);
}

export interface IssueCardRequest__Output {
  'customerId': (string);
  'uid': (string);
}
