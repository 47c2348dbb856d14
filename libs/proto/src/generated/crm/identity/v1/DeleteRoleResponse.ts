// Original file: crm/identity/v1/roles.proto


export interface DeleteRoleResponse {
}

export interface DeleteRoleResponse__Output {
}
