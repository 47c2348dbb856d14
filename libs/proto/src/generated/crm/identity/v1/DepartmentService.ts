// Original file: crm/identity/v1/departments.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateDepartmentRequest as _crm_identity_v1_CreateDepartmentRequest, CreateDepartmentRequest__Output as _crm_identity_v1_CreateDepartmentRequest__Output } from '../../../crm/identity/v1/CreateDepartmentRequest';
import type { CreateDepartmentResponse as _crm_identity_v1_CreateDepartmentResponse, CreateDepartmentResponse__Output as _crm_identity_v1_CreateDepartmentResponse__Output } from '../../../crm/identity/v1/CreateDepartmentResponse';
import type { DeleteDepartmentRequest as _crm_identity_v1_DeleteDepartmentRequest, DeleteDepartmentRequest__Output as _crm_identity_v1_DeleteDepartmentRequest__Output } from '../../../crm/identity/v1/DeleteDepartmentRequest';
import type { DeleteDepartmentResponse as _crm_identity_v1_DeleteDepartmentResponse, DeleteDepartmentResponse__Output as _crm_identity_v1_DeleteDepartmentResponse__Output } from '../../../crm/identity/v1/DeleteDepartmentResponse';
import type { GetDepartmentRequest as _crm_identity_v1_GetDepartmentRequest, GetDepartmentRequest__Output as _crm_identity_v1_GetDepartmentRequest__Output } from '../../../crm/identity/v1/GetDepartmentRequest';
import type { GetDepartmentResponse as _crm_identity_v1_GetDepartmentResponse, GetDepartmentResponse__Output as _crm_identity_v1_GetDepartmentResponse__Output } from '../../../crm/identity/v1/GetDepartmentResponse';
import type { ListDepartmentsRequest as _crm_identity_v1_ListDepartmentsRequest, ListDepartmentsRequest__Output as _crm_identity_v1_ListDepartmentsRequest__Output } from '../../../crm/identity/v1/ListDepartmentsRequest';
import type { ListDepartmentsResponse as _crm_identity_v1_ListDepartmentsResponse, ListDepartmentsResponse__Output as _crm_identity_v1_ListDepartmentsResponse__Output } from '../../../crm/identity/v1/ListDepartmentsResponse';
import type { UpdateDepartmentRequest as _crm_identity_v1_UpdateDepartmentRequest, UpdateDepartmentRequest__Output as _crm_identity_v1_UpdateDepartmentRequest__Output } from '../../../crm/identity/v1/UpdateDepartmentRequest';
import type { UpdateDepartmentResponse as _crm_identity_v1_UpdateDepartmentResponse, UpdateDepartmentResponse__Output as _crm_identity_v1_UpdateDepartmentResponse__Output } from '../../../crm/identity/v1/UpdateDepartmentResponse';

export interface DepartmentServiceClient extends grpc.Client {
  CreateDepartment(argument: _crm_identity_v1_CreateDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  CreateDepartment(argument: _crm_identity_v1_CreateDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  CreateDepartment(argument: _crm_identity_v1_CreateDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  CreateDepartment(argument: _crm_identity_v1_CreateDepartmentRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  createDepartment(argument: _crm_identity_v1_CreateDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  createDepartment(argument: _crm_identity_v1_CreateDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  createDepartment(argument: _crm_identity_v1_CreateDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  createDepartment(argument: _crm_identity_v1_CreateDepartmentRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteDepartment(argument: _crm_identity_v1_DeleteDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteDepartmentResponse__Output>): grpc.ClientUnaryCall;
  DeleteDepartment(argument: _crm_identity_v1_DeleteDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_DeleteDepartmentResponse__Output>): grpc.ClientUnaryCall;
  DeleteDepartment(argument: _crm_identity_v1_DeleteDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteDepartmentResponse__Output>): grpc.ClientUnaryCall;
  DeleteDepartment(argument: _crm_identity_v1_DeleteDepartmentRequest, callback: grpc.requestCallback<_crm_identity_v1_DeleteDepartmentResponse__Output>): grpc.ClientUnaryCall;
  deleteDepartment(argument: _crm_identity_v1_DeleteDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteDepartmentResponse__Output>): grpc.ClientUnaryCall;
  deleteDepartment(argument: _crm_identity_v1_DeleteDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_DeleteDepartmentResponse__Output>): grpc.ClientUnaryCall;
  deleteDepartment(argument: _crm_identity_v1_DeleteDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteDepartmentResponse__Output>): grpc.ClientUnaryCall;
  deleteDepartment(argument: _crm_identity_v1_DeleteDepartmentRequest, callback: grpc.requestCallback<_crm_identity_v1_DeleteDepartmentResponse__Output>): grpc.ClientUnaryCall;
  
  GetDepartment(argument: _crm_identity_v1_GetDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetDepartmentResponse__Output>): grpc.ClientUnaryCall;
  GetDepartment(argument: _crm_identity_v1_GetDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetDepartmentResponse__Output>): grpc.ClientUnaryCall;
  GetDepartment(argument: _crm_identity_v1_GetDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetDepartmentResponse__Output>): grpc.ClientUnaryCall;
  GetDepartment(argument: _crm_identity_v1_GetDepartmentRequest, callback: grpc.requestCallback<_crm_identity_v1_GetDepartmentResponse__Output>): grpc.ClientUnaryCall;
  getDepartment(argument: _crm_identity_v1_GetDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetDepartmentResponse__Output>): grpc.ClientUnaryCall;
  getDepartment(argument: _crm_identity_v1_GetDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetDepartmentResponse__Output>): grpc.ClientUnaryCall;
  getDepartment(argument: _crm_identity_v1_GetDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetDepartmentResponse__Output>): grpc.ClientUnaryCall;
  getDepartment(argument: _crm_identity_v1_GetDepartmentRequest, callback: grpc.requestCallback<_crm_identity_v1_GetDepartmentResponse__Output>): grpc.ClientUnaryCall;
  
  ListDepartments(argument: _crm_identity_v1_ListDepartmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  ListDepartments(argument: _crm_identity_v1_ListDepartmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  ListDepartments(argument: _crm_identity_v1_ListDepartmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  ListDepartments(argument: _crm_identity_v1_ListDepartmentsRequest, callback: grpc.requestCallback<_crm_identity_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  listDepartments(argument: _crm_identity_v1_ListDepartmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  listDepartments(argument: _crm_identity_v1_ListDepartmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  listDepartments(argument: _crm_identity_v1_ListDepartmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  listDepartments(argument: _crm_identity_v1_ListDepartmentsRequest, callback: grpc.requestCallback<_crm_identity_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateDepartment(argument: _crm_identity_v1_UpdateDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  UpdateDepartment(argument: _crm_identity_v1_UpdateDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  UpdateDepartment(argument: _crm_identity_v1_UpdateDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  UpdateDepartment(argument: _crm_identity_v1_UpdateDepartmentRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  updateDepartment(argument: _crm_identity_v1_UpdateDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  updateDepartment(argument: _crm_identity_v1_UpdateDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  updateDepartment(argument: _crm_identity_v1_UpdateDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  updateDepartment(argument: _crm_identity_v1_UpdateDepartmentRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateDepartmentResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface DepartmentServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateDepartment: grpc.handleUnaryCall<_crm_identity_v1_CreateDepartmentRequest__Output, _crm_identity_v1_CreateDepartmentResponse>;
  
  DeleteDepartment: grpc.handleUnaryCall<_crm_identity_v1_DeleteDepartmentRequest__Output, _crm_identity_v1_DeleteDepartmentResponse>;
  
  GetDepartment: grpc.handleUnaryCall<_crm_identity_v1_GetDepartmentRequest__Output, _crm_identity_v1_GetDepartmentResponse>;
  
  ListDepartments: grpc.handleUnaryCall<_crm_identity_v1_ListDepartmentsRequest__Output, _crm_identity_v1_ListDepartmentsResponse>;
  
  UpdateDepartment: grpc.handleUnaryCall<_crm_identity_v1_UpdateDepartmentRequest__Output, _crm_identity_v1_UpdateDepartmentResponse>;
  
}

export interface DepartmentServiceDefinition extends grpc.ServiceDefinition {
  CreateDepartment: MethodDefinition<_crm_identity_v1_CreateDepartmentRequest, _crm_identity_v1_CreateDepartmentResponse, _crm_identity_v1_CreateDepartmentRequest__Output, _crm_identity_v1_CreateDepartmentResponse__Output>
  DeleteDepartment: MethodDefinition<_crm_identity_v1_DeleteDepartmentRequest, _crm_identity_v1_DeleteDepartmentResponse, _crm_identity_v1_DeleteDepartmentRequest__Output, _crm_identity_v1_DeleteDepartmentResponse__Output>
  GetDepartment: MethodDefinition<_crm_identity_v1_GetDepartmentRequest, _crm_identity_v1_GetDepartmentResponse, _crm_identity_v1_GetDepartmentRequest__Output, _crm_identity_v1_GetDepartmentResponse__Output>
  ListDepartments: MethodDefinition<_crm_identity_v1_ListDepartmentsRequest, _crm_identity_v1_ListDepartmentsResponse, _crm_identity_v1_ListDepartmentsRequest__Output, _crm_identity_v1_ListDepartmentsResponse__Output>
  UpdateDepartment: MethodDefinition<_crm_identity_v1_UpdateDepartmentRequest, _crm_identity_v1_UpdateDepartmentResponse, _crm_identity_v1_UpdateDepartmentRequest__Output, _crm_identity_v1_UpdateDepartmentResponse__Output>
}
