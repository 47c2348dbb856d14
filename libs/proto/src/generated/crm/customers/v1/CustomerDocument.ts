// Original file: crm/customers/v1/customer_documents.proto

import type { Long } from '@grpc/proto-loader';

export interface CustomerDocument {
  'id'?: (string);
  'customerId'?: (string);
  'branchId'?: (string);
  'fileName'?: (string);
  'contentType'?: (string);
  'sizeBytes'?: (number | string | Long);
  'sha256'?: (string);
  'uploadedBy'?: (string);
  'uploadedAt'?: (string);
}

export interface CustomerDocument__Output {
  'id': (string);
  'customerId': (string);
  'branchId': (string);
  'fileName': (string);
  'contentType': (string);
  'sizeBytes': (string);
  'sha256': (string);
  'uploadedBy': (string);
  'uploadedAt': (string);
}
