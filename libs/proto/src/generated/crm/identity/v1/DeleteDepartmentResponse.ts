// Original file: crm/identity/v1/departments.proto


export interface DeleteDepartmentResponse {
}

export interface DeleteDepartmentResponse__Output {
}
