// Original file: crm/customers/v1/customer_documents.proto


export interface RemoveDocumentRequest {
  'customerId'?: (string);
  'documentId'?: (string);
}

export interface RemoveDocumentRequest__Output {
  'customerId': (string);
  'documentId': (string);
}
