// Original file: crm/identity/v1/auth.proto


export interface GetMeRequest {
}

export interface GetMeRequest__Output {
}
