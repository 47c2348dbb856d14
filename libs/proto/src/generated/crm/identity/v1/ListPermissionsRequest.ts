// Original file: crm/identity/v1/roles.proto


export interface ListPermissionsRequest {
}

export interface ListPermissionsRequest__Output {
}
