// Original file: crm/customers/v1/customer_documents.proto

import type { CustomerDocument as _crm_customers_v1_CustomerDocument, CustomerDocument__Output as _crm_customers_v1_CustomerDocument__Output } from '../../../crm/customers/v1/CustomerDocument';

export interface AttachDocumentResponse {
  'document'?: (_crm_customers_v1_CustomerDocument | null);
}

export interface AttachDocumentResponse__Output {
  'document': (_crm_customers_v1_CustomerDocument__Output | null);
}
