// Original file: crm/customers/v1/customer_import.proto


export interface GetImportTemplateResponse {
  'content'?: (Buffer | Uint8Array | string);
  'fileName'?: (string);
}

export interface GetImportTemplateResponse__Output {
  'content': (Buffer);
  'fileName': (string);
}
