// Original file: crm/customers/v1/customer_documents.proto


export interface AttachDocumentRequest {
  'customerId'?: (string);
  'fileName'?: (string);
  'declaredContentType'?: (string);
  'content'?: (Buffer | Uint8Array | string);
}

export interface AttachDocumentRequest__Output {
  'customerId': (string);
  'fileName': (string);
  'declaredContentType': (string);
  'content': (Buffer);
}
