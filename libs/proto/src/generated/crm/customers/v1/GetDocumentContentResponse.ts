// Original file: crm/customers/v1/customer_documents.proto

import type { CustomerDocument as _crm_customers_v1_CustomerDocument, CustomerDocument__Output as _crm_customers_v1_CustomerDocument__Output } from '../../../crm/customers/v1/CustomerDocument';

export interface GetDocumentContentResponse {
  'document'?: (_crm_customers_v1_CustomerDocument | null);
  'content'?: (Buffer | Uint8Array | string);
}

export interface GetDocumentContentResponse__Output {
  'document': (_crm_customers_v1_CustomerDocument__Output | null);
  'content': (Buffer);
}
