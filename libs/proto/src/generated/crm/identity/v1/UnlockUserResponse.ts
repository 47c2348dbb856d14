// Original file: crm/identity/v1/users.proto


export interface UnlockUserResponse {
}

export interface UnlockUserResponse__Output {
}
