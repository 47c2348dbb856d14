// Original file: crm/identity/v1/users.proto


export interface ResetUserPasswordResponse {
}

export interface ResetUserPasswordResponse__Output {
}
