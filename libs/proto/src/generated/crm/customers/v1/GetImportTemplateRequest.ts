// Original file: crm/customers/v1/customer_import.proto


export interface GetImportTemplateRequest {
  'branchId'?: (string);
}

export interface GetImportTemplateRequest__Output {
  'branchId': (string);
}
