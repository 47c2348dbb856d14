// Original file: crm/customers/v1/customers.proto


export interface GetCustomerSettingsRequest {
  'branchId'?: (string);
}

export interface GetCustomerSettingsRequest__Output {
  'branchId': (string);
}
