// Original file: crm/identity/v1/users.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateUserRequest as _crm_identity_v1_CreateUserRequest, CreateUserRequest__Output as _crm_identity_v1_CreateUserRequest__Output } from '../../../crm/identity/v1/CreateUserRequest';
import type { CreateUserResponse as _crm_identity_v1_CreateUserResponse, CreateUserResponse__Output as _crm_identity_v1_CreateUserResponse__Output } from '../../../crm/identity/v1/CreateUserResponse';
import type { GetUserRequest as _crm_identity_v1_GetUserRequest, GetUserRequest__Output as _crm_identity_v1_GetUserRequest__Output } from '../../../crm/identity/v1/GetUserRequest';
import type { GetUserResponse as _crm_identity_v1_GetUserResponse, GetUserResponse__Output as _crm_identity_v1_GetUserResponse__Output } from '../../../crm/identity/v1/GetUserResponse';
import type { ListUsersRequest as _crm_identity_v1_ListUsersRequest, ListUsersRequest__Output as _crm_identity_v1_ListUsersRequest__Output } from '../../../crm/identity/v1/ListUsersRequest';
import type { ListUsersResponse as _crm_identity_v1_ListUsersResponse, ListUsersResponse__Output as _crm_identity_v1_ListUsersResponse__Output } from '../../../crm/identity/v1/ListUsersResponse';
import type { ResetUserPasswordRequest as _crm_identity_v1_ResetUserPasswordRequest, ResetUserPasswordRequest__Output as _crm_identity_v1_ResetUserPasswordRequest__Output } from '../../../crm/identity/v1/ResetUserPasswordRequest';
import type { ResetUserPasswordResponse as _crm_identity_v1_ResetUserPasswordResponse, ResetUserPasswordResponse__Output as _crm_identity_v1_ResetUserPasswordResponse__Output } from '../../../crm/identity/v1/ResetUserPasswordResponse';
import type { UnlockUserRequest as _crm_identity_v1_UnlockUserRequest, UnlockUserRequest__Output as _crm_identity_v1_UnlockUserRequest__Output } from '../../../crm/identity/v1/UnlockUserRequest';
import type { UnlockUserResponse as _crm_identity_v1_UnlockUserResponse, UnlockUserResponse__Output as _crm_identity_v1_UnlockUserResponse__Output } from '../../../crm/identity/v1/UnlockUserResponse';
import type { UpdateUserRequest as _crm_identity_v1_UpdateUserRequest, UpdateUserRequest__Output as _crm_identity_v1_UpdateUserRequest__Output } from '../../../crm/identity/v1/UpdateUserRequest';
import type { UpdateUserResponse as _crm_identity_v1_UpdateUserResponse, UpdateUserResponse__Output as _crm_identity_v1_UpdateUserResponse__Output } from '../../../crm/identity/v1/UpdateUserResponse';

export interface UserServiceClient extends grpc.Client {
  CreateUser(argument: _crm_identity_v1_CreateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _crm_identity_v1_CreateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _crm_identity_v1_CreateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _crm_identity_v1_CreateUserRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _crm_identity_v1_CreateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _crm_identity_v1_CreateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _crm_identity_v1_CreateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _crm_identity_v1_CreateUserRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _crm_identity_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _crm_identity_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _crm_identity_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _crm_identity_v1_GetUserRequest, callback: grpc.requestCallback<_crm_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _crm_identity_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _crm_identity_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _crm_identity_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _crm_identity_v1_GetUserRequest, callback: grpc.requestCallback<_crm_identity_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  ListUsers(argument: _crm_identity_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _crm_identity_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _crm_identity_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _crm_identity_v1_ListUsersRequest, callback: grpc.requestCallback<_crm_identity_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _crm_identity_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _crm_identity_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _crm_identity_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _crm_identity_v1_ListUsersRequest, callback: grpc.requestCallback<_crm_identity_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  
  ResetUserPassword(argument: _crm_identity_v1_ResetUserPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ResetUserPasswordResponse__Output>): grpc.ClientUnaryCall;
  ResetUserPassword(argument: _crm_identity_v1_ResetUserPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ResetUserPasswordResponse__Output>): grpc.ClientUnaryCall;
  ResetUserPassword(argument: _crm_identity_v1_ResetUserPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ResetUserPasswordResponse__Output>): grpc.ClientUnaryCall;
  ResetUserPassword(argument: _crm_identity_v1_ResetUserPasswordRequest, callback: grpc.requestCallback<_crm_identity_v1_ResetUserPasswordResponse__Output>): grpc.ClientUnaryCall;
  resetUserPassword(argument: _crm_identity_v1_ResetUserPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ResetUserPasswordResponse__Output>): grpc.ClientUnaryCall;
  resetUserPassword(argument: _crm_identity_v1_ResetUserPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ResetUserPasswordResponse__Output>): grpc.ClientUnaryCall;
  resetUserPassword(argument: _crm_identity_v1_ResetUserPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ResetUserPasswordResponse__Output>): grpc.ClientUnaryCall;
  resetUserPassword(argument: _crm_identity_v1_ResetUserPasswordRequest, callback: grpc.requestCallback<_crm_identity_v1_ResetUserPasswordResponse__Output>): grpc.ClientUnaryCall;
  
  UnlockUser(argument: _crm_identity_v1_UnlockUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UnlockUserResponse__Output>): grpc.ClientUnaryCall;
  UnlockUser(argument: _crm_identity_v1_UnlockUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UnlockUserResponse__Output>): grpc.ClientUnaryCall;
  UnlockUser(argument: _crm_identity_v1_UnlockUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UnlockUserResponse__Output>): grpc.ClientUnaryCall;
  UnlockUser(argument: _crm_identity_v1_UnlockUserRequest, callback: grpc.requestCallback<_crm_identity_v1_UnlockUserResponse__Output>): grpc.ClientUnaryCall;
  unlockUser(argument: _crm_identity_v1_UnlockUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UnlockUserResponse__Output>): grpc.ClientUnaryCall;
  unlockUser(argument: _crm_identity_v1_UnlockUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UnlockUserResponse__Output>): grpc.ClientUnaryCall;
  unlockUser(argument: _crm_identity_v1_UnlockUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UnlockUserResponse__Output>): grpc.ClientUnaryCall;
  unlockUser(argument: _crm_identity_v1_UnlockUserRequest, callback: grpc.requestCallback<_crm_identity_v1_UnlockUserResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateUser(argument: _crm_identity_v1_UpdateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  UpdateUser(argument: _crm_identity_v1_UpdateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  UpdateUser(argument: _crm_identity_v1_UpdateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  UpdateUser(argument: _crm_identity_v1_UpdateUserRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _crm_identity_v1_UpdateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _crm_identity_v1_UpdateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _crm_identity_v1_UpdateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _crm_identity_v1_UpdateUserRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateUserResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface UserServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateUser: grpc.handleUnaryCall<_crm_identity_v1_CreateUserRequest__Output, _crm_identity_v1_CreateUserResponse>;
  
  GetUser: grpc.handleUnaryCall<_crm_identity_v1_GetUserRequest__Output, _crm_identity_v1_GetUserResponse>;
  
  ListUsers: grpc.handleUnaryCall<_crm_identity_v1_ListUsersRequest__Output, _crm_identity_v1_ListUsersResponse>;
  
  ResetUserPassword: grpc.handleUnaryCall<_crm_identity_v1_ResetUserPasswordRequest__Output, _crm_identity_v1_ResetUserPasswordResponse>;
  
  UnlockUser: grpc.handleUnaryCall<_crm_identity_v1_UnlockUserRequest__Output, _crm_identity_v1_UnlockUserResponse>;
  
  UpdateUser: grpc.handleUnaryCall<_crm_identity_v1_UpdateUserRequest__Output, _crm_identity_v1_UpdateUserResponse>;
  
}

export interface UserServiceDefinition extends grpc.ServiceDefinition {
  CreateUser: MethodDefinition<_crm_identity_v1_CreateUserRequest, _crm_identity_v1_CreateUserResponse, _crm_identity_v1_CreateUserRequest__Output, _crm_identity_v1_CreateUserResponse__Output>
  GetUser: MethodDefinition<_crm_identity_v1_GetUserRequest, _crm_identity_v1_GetUserResponse, _crm_identity_v1_GetUserRequest__Output, _crm_identity_v1_GetUserResponse__Output>
  ListUsers: MethodDefinition<_crm_identity_v1_ListUsersRequest, _crm_identity_v1_ListUsersResponse, _crm_identity_v1_ListUsersRequest__Output, _crm_identity_v1_ListUsersResponse__Output>
  ResetUserPassword: MethodDefinition<_crm_identity_v1_ResetUserPasswordRequest, _crm_identity_v1_ResetUserPasswordResponse, _crm_identity_v1_ResetUserPasswordRequest__Output, _crm_identity_v1_ResetUserPasswordResponse__Output>
  UnlockUser: MethodDefinition<_crm_identity_v1_UnlockUserRequest, _crm_identity_v1_UnlockUserResponse, _crm_identity_v1_UnlockUserRequest__Output, _crm_identity_v1_UnlockUserResponse__Output>
  UpdateUser: MethodDefinition<_crm_identity_v1_UpdateUserRequest, _crm_identity_v1_UpdateUserResponse, _crm_identity_v1_UpdateUserRequest__Output, _crm_identity_v1_UpdateUserResponse__Output>
}
