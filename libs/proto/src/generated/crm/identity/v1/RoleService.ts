// Original file: crm/identity/v1/roles.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateRoleRequest as _crm_identity_v1_CreateRoleRequest, CreateRoleRequest__Output as _crm_identity_v1_CreateRoleRequest__Output } from '../../../crm/identity/v1/CreateRoleRequest';
import type { CreateRoleResponse as _crm_identity_v1_CreateRoleResponse, CreateRoleResponse__Output as _crm_identity_v1_CreateRoleResponse__Output } from '../../../crm/identity/v1/CreateRoleResponse';
import type { DeleteRoleRequest as _crm_identity_v1_DeleteRoleRequest, DeleteRoleRequest__Output as _crm_identity_v1_DeleteRoleRequest__Output } from '../../../crm/identity/v1/DeleteRoleRequest';
import type { DeleteRoleResponse as _crm_identity_v1_DeleteRoleResponse, DeleteRoleResponse__Output as _crm_identity_v1_DeleteRoleResponse__Output } from '../../../crm/identity/v1/DeleteRoleResponse';
import type { GetRoleRequest as _crm_identity_v1_GetRoleRequest, GetRoleRequest__Output as _crm_identity_v1_GetRoleRequest__Output } from '../../../crm/identity/v1/GetRoleRequest';
import type { GetRoleResponse as _crm_identity_v1_GetRoleResponse, GetRoleResponse__Output as _crm_identity_v1_GetRoleResponse__Output } from '../../../crm/identity/v1/GetRoleResponse';
import type { ListPermissionsRequest as _crm_identity_v1_ListPermissionsRequest, ListPermissionsRequest__Output as _crm_identity_v1_ListPermissionsRequest__Output } from '../../../crm/identity/v1/ListPermissionsRequest';
import type { ListPermissionsResponse as _crm_identity_v1_ListPermissionsResponse, ListPermissionsResponse__Output as _crm_identity_v1_ListPermissionsResponse__Output } from '../../../crm/identity/v1/ListPermissionsResponse';
import type { ListRolesRequest as _crm_identity_v1_ListRolesRequest, ListRolesRequest__Output as _crm_identity_v1_ListRolesRequest__Output } from '../../../crm/identity/v1/ListRolesRequest';
import type { ListRolesResponse as _crm_identity_v1_ListRolesResponse, ListRolesResponse__Output as _crm_identity_v1_ListRolesResponse__Output } from '../../../crm/identity/v1/ListRolesResponse';
import type { UpdateRoleRequest as _crm_identity_v1_UpdateRoleRequest, UpdateRoleRequest__Output as _crm_identity_v1_UpdateRoleRequest__Output } from '../../../crm/identity/v1/UpdateRoleRequest';
import type { UpdateRoleResponse as _crm_identity_v1_UpdateRoleResponse, UpdateRoleResponse__Output as _crm_identity_v1_UpdateRoleResponse__Output } from '../../../crm/identity/v1/UpdateRoleResponse';

export interface RoleServiceClient extends grpc.Client {
  CreateRole(argument: _crm_identity_v1_CreateRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateRoleResponse__Output>): grpc.ClientUnaryCall;
  CreateRole(argument: _crm_identity_v1_CreateRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateRoleResponse__Output>): grpc.ClientUnaryCall;
  CreateRole(argument: _crm_identity_v1_CreateRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateRoleResponse__Output>): grpc.ClientUnaryCall;
  CreateRole(argument: _crm_identity_v1_CreateRoleRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateRoleResponse__Output>): grpc.ClientUnaryCall;
  createRole(argument: _crm_identity_v1_CreateRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateRoleResponse__Output>): grpc.ClientUnaryCall;
  createRole(argument: _crm_identity_v1_CreateRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateRoleResponse__Output>): grpc.ClientUnaryCall;
  createRole(argument: _crm_identity_v1_CreateRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateRoleResponse__Output>): grpc.ClientUnaryCall;
  createRole(argument: _crm_identity_v1_CreateRoleRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateRoleResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRole(argument: _crm_identity_v1_DeleteRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteRoleResponse__Output>): grpc.ClientUnaryCall;
  DeleteRole(argument: _crm_identity_v1_DeleteRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_DeleteRoleResponse__Output>): grpc.ClientUnaryCall;
  DeleteRole(argument: _crm_identity_v1_DeleteRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteRoleResponse__Output>): grpc.ClientUnaryCall;
  DeleteRole(argument: _crm_identity_v1_DeleteRoleRequest, callback: grpc.requestCallback<_crm_identity_v1_DeleteRoleResponse__Output>): grpc.ClientUnaryCall;
  deleteRole(argument: _crm_identity_v1_DeleteRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteRoleResponse__Output>): grpc.ClientUnaryCall;
  deleteRole(argument: _crm_identity_v1_DeleteRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_DeleteRoleResponse__Output>): grpc.ClientUnaryCall;
  deleteRole(argument: _crm_identity_v1_DeleteRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteRoleResponse__Output>): grpc.ClientUnaryCall;
  deleteRole(argument: _crm_identity_v1_DeleteRoleRequest, callback: grpc.requestCallback<_crm_identity_v1_DeleteRoleResponse__Output>): grpc.ClientUnaryCall;
  
  GetRole(argument: _crm_identity_v1_GetRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetRoleResponse__Output>): grpc.ClientUnaryCall;
  GetRole(argument: _crm_identity_v1_GetRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetRoleResponse__Output>): grpc.ClientUnaryCall;
  GetRole(argument: _crm_identity_v1_GetRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetRoleResponse__Output>): grpc.ClientUnaryCall;
  GetRole(argument: _crm_identity_v1_GetRoleRequest, callback: grpc.requestCallback<_crm_identity_v1_GetRoleResponse__Output>): grpc.ClientUnaryCall;
  getRole(argument: _crm_identity_v1_GetRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetRoleResponse__Output>): grpc.ClientUnaryCall;
  getRole(argument: _crm_identity_v1_GetRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetRoleResponse__Output>): grpc.ClientUnaryCall;
  getRole(argument: _crm_identity_v1_GetRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetRoleResponse__Output>): grpc.ClientUnaryCall;
  getRole(argument: _crm_identity_v1_GetRoleRequest, callback: grpc.requestCallback<_crm_identity_v1_GetRoleResponse__Output>): grpc.ClientUnaryCall;
  
  ListPermissions(argument: _crm_identity_v1_ListPermissionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListPermissionsResponse__Output>): grpc.ClientUnaryCall;
  ListPermissions(argument: _crm_identity_v1_ListPermissionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListPermissionsResponse__Output>): grpc.ClientUnaryCall;
  ListPermissions(argument: _crm_identity_v1_ListPermissionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListPermissionsResponse__Output>): grpc.ClientUnaryCall;
  ListPermissions(argument: _crm_identity_v1_ListPermissionsRequest, callback: grpc.requestCallback<_crm_identity_v1_ListPermissionsResponse__Output>): grpc.ClientUnaryCall;
  listPermissions(argument: _crm_identity_v1_ListPermissionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListPermissionsResponse__Output>): grpc.ClientUnaryCall;
  listPermissions(argument: _crm_identity_v1_ListPermissionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListPermissionsResponse__Output>): grpc.ClientUnaryCall;
  listPermissions(argument: _crm_identity_v1_ListPermissionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListPermissionsResponse__Output>): grpc.ClientUnaryCall;
  listPermissions(argument: _crm_identity_v1_ListPermissionsRequest, callback: grpc.requestCallback<_crm_identity_v1_ListPermissionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRoles(argument: _crm_identity_v1_ListRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListRolesResponse__Output>): grpc.ClientUnaryCall;
  ListRoles(argument: _crm_identity_v1_ListRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListRolesResponse__Output>): grpc.ClientUnaryCall;
  ListRoles(argument: _crm_identity_v1_ListRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListRolesResponse__Output>): grpc.ClientUnaryCall;
  ListRoles(argument: _crm_identity_v1_ListRolesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListRolesResponse__Output>): grpc.ClientUnaryCall;
  listRoles(argument: _crm_identity_v1_ListRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListRolesResponse__Output>): grpc.ClientUnaryCall;
  listRoles(argument: _crm_identity_v1_ListRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListRolesResponse__Output>): grpc.ClientUnaryCall;
  listRoles(argument: _crm_identity_v1_ListRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListRolesResponse__Output>): grpc.ClientUnaryCall;
  listRoles(argument: _crm_identity_v1_ListRolesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListRolesResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateRole(argument: _crm_identity_v1_UpdateRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateRoleResponse__Output>): grpc.ClientUnaryCall;
  UpdateRole(argument: _crm_identity_v1_UpdateRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateRoleResponse__Output>): grpc.ClientUnaryCall;
  UpdateRole(argument: _crm_identity_v1_UpdateRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateRoleResponse__Output>): grpc.ClientUnaryCall;
  UpdateRole(argument: _crm_identity_v1_UpdateRoleRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateRoleResponse__Output>): grpc.ClientUnaryCall;
  updateRole(argument: _crm_identity_v1_UpdateRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateRoleResponse__Output>): grpc.ClientUnaryCall;
  updateRole(argument: _crm_identity_v1_UpdateRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateRoleResponse__Output>): grpc.ClientUnaryCall;
  updateRole(argument: _crm_identity_v1_UpdateRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateRoleResponse__Output>): grpc.ClientUnaryCall;
  updateRole(argument: _crm_identity_v1_UpdateRoleRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateRoleResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface RoleServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateRole: grpc.handleUnaryCall<_crm_identity_v1_CreateRoleRequest__Output, _crm_identity_v1_CreateRoleResponse>;
  
  DeleteRole: grpc.handleUnaryCall<_crm_identity_v1_DeleteRoleRequest__Output, _crm_identity_v1_DeleteRoleResponse>;
  
  GetRole: grpc.handleUnaryCall<_crm_identity_v1_GetRoleRequest__Output, _crm_identity_v1_GetRoleResponse>;
  
  ListPermissions: grpc.handleUnaryCall<_crm_identity_v1_ListPermissionsRequest__Output, _crm_identity_v1_ListPermissionsResponse>;
  
  ListRoles: grpc.handleUnaryCall<_crm_identity_v1_ListRolesRequest__Output, _crm_identity_v1_ListRolesResponse>;
  
  UpdateRole: grpc.handleUnaryCall<_crm_identity_v1_UpdateRoleRequest__Output, _crm_identity_v1_UpdateRoleResponse>;
  
}

export interface RoleServiceDefinition extends grpc.ServiceDefinition {
  CreateRole: MethodDefinition<_crm_identity_v1_CreateRoleRequest, _crm_identity_v1_CreateRoleResponse, _crm_identity_v1_CreateRoleRequest__Output, _crm_identity_v1_CreateRoleResponse__Output>
  DeleteRole: MethodDefinition<_crm_identity_v1_DeleteRoleRequest, _crm_identity_v1_DeleteRoleResponse, _crm_identity_v1_DeleteRoleRequest__Output, _crm_identity_v1_DeleteRoleResponse__Output>
  GetRole: MethodDefinition<_crm_identity_v1_GetRoleRequest, _crm_identity_v1_GetRoleResponse, _crm_identity_v1_GetRoleRequest__Output, _crm_identity_v1_GetRoleResponse__Output>
  ListPermissions: MethodDefinition<_crm_identity_v1_ListPermissionsRequest, _crm_identity_v1_ListPermissionsResponse, _crm_identity_v1_ListPermissionsRequest__Output, _crm_identity_v1_ListPermissionsResponse__Output>
  ListRoles: MethodDefinition<_crm_identity_v1_ListRolesRequest, _crm_identity_v1_ListRolesResponse, _crm_identity_v1_ListRolesRequest__Output, _crm_identity_v1_ListRolesResponse__Output>
  UpdateRole: MethodDefinition<_crm_identity_v1_UpdateRoleRequest, _crm_identity_v1_UpdateRoleResponse, _crm_identity_v1_UpdateRoleRequest__Output, _crm_identity_v1_UpdateRoleResponse__Output>
}
