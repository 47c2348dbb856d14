// Original file: crm/customers/v1/customer_documents.proto


export interface ListDocumentsRequest {
  'customerId'?: (string);
}

export interface ListDocumentsRequest__Output {
  'customerId': (string);
}
