// Original file: crm/customers/v1/customer_documents.proto


export interface GetDocumentContentRequest {
  'customerId'?: (string);
  'documentId'?: (string);
}

export interface GetDocumentContentRequest__Output {
  'customerId': (string);
  'documentId': (string);
}
