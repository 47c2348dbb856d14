// Original file: crm/customers/v1/events.proto

import type { Long } from '@grpc/proto-loader';

export interface DocumentChanged {
  'documentId'?: (string);
  'customerId'?: (string);
  'branchId'?: (string);
  'fileName'?: (string);
  'contentType'?: (string);
  'sizeBytes'?: (number | string | Long);
  'sha256'?: (string);
}

export interface DocumentChanged__Output {
  'documentId': (string);
  'customerId': (string);
  'branchId': (string);
  'fileName': (string);
  'contentType': (string);
  'sizeBytes': (string);
  'sha256': (string);
}
