// Original file: crm/identity/v1/roles.proto


export interface ListRolesRequest {
}

export interface ListRolesRequest__Output {
}
