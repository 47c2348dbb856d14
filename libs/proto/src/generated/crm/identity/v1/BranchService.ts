// Original file: crm/identity/v1/branches.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateBranchRequest as _crm_identity_v1_CreateBranchRequest, CreateBranchRequest__Output as _crm_identity_v1_CreateBranchRequest__Output } from '../../../crm/identity/v1/CreateBranchRequest';
import type { CreateBranchResponse as _crm_identity_v1_CreateBranchResponse, CreateBranchResponse__Output as _crm_identity_v1_CreateBranchResponse__Output } from '../../../crm/identity/v1/CreateBranchResponse';
import type { GetBranchRequest as _crm_identity_v1_GetBranchRequest, GetBranchRequest__Output as _crm_identity_v1_GetBranchRequest__Output } from '../../../crm/identity/v1/GetBranchRequest';
import type { GetBranchResponse as _crm_identity_v1_GetBranchResponse, GetBranchResponse__Output as _crm_identity_v1_GetBranchResponse__Output } from '../../../crm/identity/v1/GetBranchResponse';
import type { ListBranchesRequest as _crm_identity_v1_ListBranchesRequest, ListBranchesRequest__Output as _crm_identity_v1_ListBranchesRequest__Output } from '../../../crm/identity/v1/ListBranchesRequest';
import type { ListBranchesResponse as _crm_identity_v1_ListBranchesResponse, ListBranchesResponse__Output as _crm_identity_v1_ListBranchesResponse__Output } from '../../../crm/identity/v1/ListBranchesResponse';
import type { UpdateBranchRequest as _crm_identity_v1_UpdateBranchRequest, UpdateBranchRequest__Output as _crm_identity_v1_UpdateBranchRequest__Output } from '../../../crm/identity/v1/UpdateBranchRequest';
import type { UpdateBranchResponse as _crm_identity_v1_UpdateBranchResponse, UpdateBranchResponse__Output as _crm_identity_v1_UpdateBranchResponse__Output } from '../../../crm/identity/v1/UpdateBranchResponse';

export interface BranchServiceClient extends grpc.Client {
  CreateBranch(argument: _crm_identity_v1_CreateBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateBranchResponse__Output>): grpc.ClientUnaryCall;
  CreateBranch(argument: _crm_identity_v1_CreateBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateBranchResponse__Output>): grpc.ClientUnaryCall;
  CreateBranch(argument: _crm_identity_v1_CreateBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateBranchResponse__Output>): grpc.ClientUnaryCall;
  CreateBranch(argument: _crm_identity_v1_CreateBranchRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateBranchResponse__Output>): grpc.ClientUnaryCall;
  createBranch(argument: _crm_identity_v1_CreateBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateBranchResponse__Output>): grpc.ClientUnaryCall;
  createBranch(argument: _crm_identity_v1_CreateBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateBranchResponse__Output>): grpc.ClientUnaryCall;
  createBranch(argument: _crm_identity_v1_CreateBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateBranchResponse__Output>): grpc.ClientUnaryCall;
  createBranch(argument: _crm_identity_v1_CreateBranchRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateBranchResponse__Output>): grpc.ClientUnaryCall;
  
  GetBranch(argument: _crm_identity_v1_GetBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetBranchResponse__Output>): grpc.ClientUnaryCall;
  GetBranch(argument: _crm_identity_v1_GetBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetBranchResponse__Output>): grpc.ClientUnaryCall;
  GetBranch(argument: _crm_identity_v1_GetBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetBranchResponse__Output>): grpc.ClientUnaryCall;
  GetBranch(argument: _crm_identity_v1_GetBranchRequest, callback: grpc.requestCallback<_crm_identity_v1_GetBranchResponse__Output>): grpc.ClientUnaryCall;
  getBranch(argument: _crm_identity_v1_GetBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetBranchResponse__Output>): grpc.ClientUnaryCall;
  getBranch(argument: _crm_identity_v1_GetBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetBranchResponse__Output>): grpc.ClientUnaryCall;
  getBranch(argument: _crm_identity_v1_GetBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetBranchResponse__Output>): grpc.ClientUnaryCall;
  getBranch(argument: _crm_identity_v1_GetBranchRequest, callback: grpc.requestCallback<_crm_identity_v1_GetBranchResponse__Output>): grpc.ClientUnaryCall;
  
  ListBranches(argument: _crm_identity_v1_ListBranchesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  ListBranches(argument: _crm_identity_v1_ListBranchesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  ListBranches(argument: _crm_identity_v1_ListBranchesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  ListBranches(argument: _crm_identity_v1_ListBranchesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  listBranches(argument: _crm_identity_v1_ListBranchesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  listBranches(argument: _crm_identity_v1_ListBranchesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  listBranches(argument: _crm_identity_v1_ListBranchesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  listBranches(argument: _crm_identity_v1_ListBranchesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateBranch(argument: _crm_identity_v1_UpdateBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateBranchResponse__Output>): grpc.ClientUnaryCall;
  UpdateBranch(argument: _crm_identity_v1_UpdateBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateBranchResponse__Output>): grpc.ClientUnaryCall;
  UpdateBranch(argument: _crm_identity_v1_UpdateBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateBranchResponse__Output>): grpc.ClientUnaryCall;
  UpdateBranch(argument: _crm_identity_v1_UpdateBranchRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateBranchResponse__Output>): grpc.ClientUnaryCall;
  updateBranch(argument: _crm_identity_v1_UpdateBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateBranchResponse__Output>): grpc.ClientUnaryCall;
  updateBranch(argument: _crm_identity_v1_UpdateBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateBranchResponse__Output>): grpc.ClientUnaryCall;
  updateBranch(argument: _crm_identity_v1_UpdateBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateBranchResponse__Output>): grpc.ClientUnaryCall;
  updateBranch(argument: _crm_identity_v1_UpdateBranchRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateBranchResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface BranchServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateBranch: grpc.handleUnaryCall<_crm_identity_v1_CreateBranchRequest__Output, _crm_identity_v1_CreateBranchResponse>;
  
  GetBranch: grpc.handleUnaryCall<_crm_identity_v1_GetBranchRequest__Output, _crm_identity_v1_GetBranchResponse>;
  
  ListBranches: grpc.handleUnaryCall<_crm_identity_v1_ListBranchesRequest__Output, _crm_identity_v1_ListBranchesResponse>;
  
  UpdateBranch: grpc.handleUnaryCall<_crm_identity_v1_UpdateBranchRequest__Output, _crm_identity_v1_UpdateBranchResponse>;
  
}

export interface BranchServiceDefinition extends grpc.ServiceDefinition {
  CreateBranch: MethodDefinition<_crm_identity_v1_CreateBranchRequest, _crm_identity_v1_CreateBranchResponse, _crm_identity_v1_CreateBranchRequest__Output, _crm_identity_v1_CreateBranchResponse__Output>
  GetBranch: MethodDefinition<_crm_identity_v1_GetBranchRequest, _crm_identity_v1_GetBranchResponse, _crm_identity_v1_GetBranchRequest__Output, _crm_identity_v1_GetBranchResponse__Output>
  ListBranches: MethodDefinition<_crm_identity_v1_ListBranchesRequest, _crm_identity_v1_ListBranchesResponse, _crm_identity_v1_ListBranchesRequest__Output, _crm_identity_v1_ListBranchesResponse__Output>
  UpdateBranch: MethodDefinition<_crm_identity_v1_UpdateBranchRequest, _crm_identity_v1_UpdateBranchResponse, _crm_identity_v1_UpdateBranchRequest__Output, _crm_identity_v1_UpdateBranchResponse__Output>
}
