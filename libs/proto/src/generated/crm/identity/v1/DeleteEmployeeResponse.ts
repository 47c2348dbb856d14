// Original file: crm/identity/v1/employees.proto


export interface DeleteEmployeeResponse {
}

export interface DeleteEmployeeResponse__Output {
}
