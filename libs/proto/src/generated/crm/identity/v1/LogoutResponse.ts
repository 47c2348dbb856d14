// Original file: crm/identity/v1/auth.proto


export interface LogoutResponse {
}

export interface LogoutResponse__Output {
}
