// Original file: crm/customers/v1/customers.proto


export interface PurgeCustomerResponse {
}

export interface PurgeCustomerResponse__Output {
}
