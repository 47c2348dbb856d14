// Original file: crm/identity/v1/auth.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ChangePasswordRequest as _crm_identity_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _crm_identity_v1_ChangePasswordRequest__Output } from '../../../crm/identity/v1/ChangePasswordRequest';
import type { ChangePasswordResponse as _crm_identity_v1_ChangePasswordResponse, ChangePasswordResponse__Output as _crm_identity_v1_ChangePasswordResponse__Output } from '../../../crm/identity/v1/ChangePasswordResponse';
import type { GetMeRequest as _crm_identity_v1_GetMeRequest, GetMeRequest__Output as _crm_identity_v1_GetMeRequest__Output } from '../../../crm/identity/v1/GetMeRequest';
import type { GetMeResponse as _crm_identity_v1_GetMeResponse, GetMeResponse__Output as _crm_identity_v1_GetMeResponse__Output } from '../../../crm/identity/v1/GetMeResponse';
import type { LoginRequest as _crm_identity_v1_LoginRequest, LoginRequest__Output as _crm_identity_v1_LoginRequest__Output } from '../../../crm/identity/v1/LoginRequest';
import type { LoginResponse as _crm_identity_v1_LoginResponse, LoginResponse__Output as _crm_identity_v1_LoginResponse__Output } from '../../../crm/identity/v1/LoginResponse';
import type { LogoutRequest as _crm_identity_v1_LogoutRequest, LogoutRequest__Output as _crm_identity_v1_LogoutRequest__Output } from '../../../crm/identity/v1/LogoutRequest';
import type { LogoutResponse as _crm_identity_v1_LogoutResponse, LogoutResponse__Output as _crm_identity_v1_LogoutResponse__Output } from '../../../crm/identity/v1/LogoutResponse';
import type { RefreshRequest as _crm_identity_v1_RefreshRequest, RefreshRequest__Output as _crm_identity_v1_RefreshRequest__Output } from '../../../crm/identity/v1/RefreshRequest';
import type { RefreshResponse as _crm_identity_v1_RefreshResponse, RefreshResponse__Output as _crm_identity_v1_RefreshResponse__Output } from '../../../crm/identity/v1/RefreshResponse';

export interface AuthServiceClient extends grpc.Client {
  ChangePassword(argument: _crm_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _crm_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _crm_identity_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _crm_identity_v1_ChangePasswordRequest, callback: grpc.requestCallback<_crm_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _crm_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _crm_identity_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _crm_identity_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _crm_identity_v1_ChangePasswordRequest, callback: grpc.requestCallback<_crm_identity_v1_ChangePasswordResponse__Output>): grpc.ClientUnaryCall;
  
  GetMe(argument: _crm_identity_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetMeResponse__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _crm_identity_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetMeResponse__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _crm_identity_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetMeResponse__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _crm_identity_v1_GetMeRequest, callback: grpc.requestCallback<_crm_identity_v1_GetMeResponse__Output>): grpc.ClientUnaryCall;
  getMe(argument: _crm_identity_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetMeResponse__Output>): grpc.ClientUnaryCall;
  getMe(argument: _crm_identity_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetMeResponse__Output>): grpc.ClientUnaryCall;
  getMe(argument: _crm_identity_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetMeResponse__Output>): grpc.ClientUnaryCall;
  getMe(argument: _crm_identity_v1_GetMeRequest, callback: grpc.requestCallback<_crm_identity_v1_GetMeResponse__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _crm_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _crm_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _crm_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _crm_identity_v1_LoginRequest, callback: grpc.requestCallback<_crm_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _crm_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _crm_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _crm_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _crm_identity_v1_LoginRequest, callback: grpc.requestCallback<_crm_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  
  Logout(argument: _crm_identity_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  Logout(argument: _crm_identity_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  Logout(argument: _crm_identity_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  Logout(argument: _crm_identity_v1_LogoutRequest, callback: grpc.requestCallback<_crm_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _crm_identity_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _crm_identity_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _crm_identity_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  logout(argument: _crm_identity_v1_LogoutRequest, callback: grpc.requestCallback<_crm_identity_v1_LogoutResponse__Output>): grpc.ClientUnaryCall;
  
  Refresh(argument: _crm_identity_v1_RefreshRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  Refresh(argument: _crm_identity_v1_RefreshRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  Refresh(argument: _crm_identity_v1_RefreshRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  Refresh(argument: _crm_identity_v1_RefreshRequest, callback: grpc.requestCallback<_crm_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  refresh(argument: _crm_identity_v1_RefreshRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  refresh(argument: _crm_identity_v1_RefreshRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  refresh(argument: _crm_identity_v1_RefreshRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  refresh(argument: _crm_identity_v1_RefreshRequest, callback: grpc.requestCallback<_crm_identity_v1_RefreshResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AuthServiceHandlers extends grpc.UntypedServiceImplementation {
  ChangePassword: grpc.handleUnaryCall<_crm_identity_v1_ChangePasswordRequest__Output, _crm_identity_v1_ChangePasswordResponse>;
  
  GetMe: grpc.handleUnaryCall<_crm_identity_v1_GetMeRequest__Output, _crm_identity_v1_GetMeResponse>;
  
  Login: grpc.handleUnaryCall<_crm_identity_v1_LoginRequest__Output, _crm_identity_v1_LoginResponse>;
  
  Logout: grpc.handleUnaryCall<_crm_identity_v1_LogoutRequest__Output, _crm_identity_v1_LogoutResponse>;
  
  Refresh: grpc.handleUnaryCall<_crm_identity_v1_RefreshRequest__Output, _crm_identity_v1_RefreshResponse>;
  
}

export interface AuthServiceDefinition extends grpc.ServiceDefinition {
  ChangePassword: MethodDefinition<_crm_identity_v1_ChangePasswordRequest, _crm_identity_v1_ChangePasswordResponse, _crm_identity_v1_ChangePasswordRequest__Output, _crm_identity_v1_ChangePasswordResponse__Output>
  GetMe: MethodDefinition<_crm_identity_v1_GetMeRequest, _crm_identity_v1_GetMeResponse, _crm_identity_v1_GetMeRequest__Output, _crm_identity_v1_GetMeResponse__Output>
  Login: MethodDefinition<_crm_identity_v1_LoginRequest, _crm_identity_v1_LoginResponse, _crm_identity_v1_LoginRequest__Output, _crm_identity_v1_LoginResponse__Output>
  Logout: MethodDefinition<_crm_identity_v1_LogoutRequest, _crm_identity_v1_LogoutResponse, _crm_identity_v1_LogoutRequest__Output, _crm_identity_v1_LogoutResponse__Output>
  Refresh: MethodDefinition<_crm_identity_v1_RefreshRequest, _crm_identity_v1_RefreshResponse, _crm_identity_v1_RefreshRequest__Output, _crm_identity_v1_RefreshResponse__Output>
}
