// Original file: crm/customers/v1/customer_import.proto


export interface ExportCustomersResponse {
  'chunk'?: (Buffer | Uint8Array | string);
}

export interface ExportCustomersResponse__Output {
  'chunk': (Buffer);
}
