// Original file: crm/identity/v1/employees.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateEmployeeRequest as _crm_identity_v1_CreateEmployeeRequest, CreateEmployeeRequest__Output as _crm_identity_v1_CreateEmployeeRequest__Output } from '../../../crm/identity/v1/CreateEmployeeRequest';
import type { CreateEmployeeResponse as _crm_identity_v1_CreateEmployeeResponse, CreateEmployeeResponse__Output as _crm_identity_v1_CreateEmployeeResponse__Output } from '../../../crm/identity/v1/CreateEmployeeResponse';
import type { DeleteEmployeeRequest as _crm_identity_v1_DeleteEmployeeRequest, DeleteEmployeeRequest__Output as _crm_identity_v1_DeleteEmployeeRequest__Output } from '../../../crm/identity/v1/DeleteEmployeeRequest';
import type { DeleteEmployeeResponse as _crm_identity_v1_DeleteEmployeeResponse, DeleteEmployeeResponse__Output as _crm_identity_v1_DeleteEmployeeResponse__Output } from '../../../crm/identity/v1/DeleteEmployeeResponse';
import type { GetEmployeeRequest as _crm_identity_v1_GetEmployeeRequest, GetEmployeeRequest__Output as _crm_identity_v1_GetEmployeeRequest__Output } from '../../../crm/identity/v1/GetEmployeeRequest';
import type { GetEmployeeResponse as _crm_identity_v1_GetEmployeeResponse, GetEmployeeResponse__Output as _crm_identity_v1_GetEmployeeResponse__Output } from '../../../crm/identity/v1/GetEmployeeResponse';
import type { ListEmployeesRequest as _crm_identity_v1_ListEmployeesRequest, ListEmployeesRequest__Output as _crm_identity_v1_ListEmployeesRequest__Output } from '../../../crm/identity/v1/ListEmployeesRequest';
import type { ListEmployeesResponse as _crm_identity_v1_ListEmployeesResponse, ListEmployeesResponse__Output as _crm_identity_v1_ListEmployeesResponse__Output } from '../../../crm/identity/v1/ListEmployeesResponse';
import type { UpdateEmployeeRequest as _crm_identity_v1_UpdateEmployeeRequest, UpdateEmployeeRequest__Output as _crm_identity_v1_UpdateEmployeeRequest__Output } from '../../../crm/identity/v1/UpdateEmployeeRequest';
import type { UpdateEmployeeResponse as _crm_identity_v1_UpdateEmployeeResponse, UpdateEmployeeResponse__Output as _crm_identity_v1_UpdateEmployeeResponse__Output } from '../../../crm/identity/v1/UpdateEmployeeResponse';

export interface EmployeeServiceClient extends grpc.Client {
  CreateEmployee(argument: _crm_identity_v1_CreateEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  CreateEmployee(argument: _crm_identity_v1_CreateEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  CreateEmployee(argument: _crm_identity_v1_CreateEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  CreateEmployee(argument: _crm_identity_v1_CreateEmployeeRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  createEmployee(argument: _crm_identity_v1_CreateEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  createEmployee(argument: _crm_identity_v1_CreateEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  createEmployee(argument: _crm_identity_v1_CreateEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  createEmployee(argument: _crm_identity_v1_CreateEmployeeRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteEmployee(argument: _crm_identity_v1_DeleteEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteEmployeeResponse__Output>): grpc.ClientUnaryCall;
  DeleteEmployee(argument: _crm_identity_v1_DeleteEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_DeleteEmployeeResponse__Output>): grpc.ClientUnaryCall;
  DeleteEmployee(argument: _crm_identity_v1_DeleteEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteEmployeeResponse__Output>): grpc.ClientUnaryCall;
  DeleteEmployee(argument: _crm_identity_v1_DeleteEmployeeRequest, callback: grpc.requestCallback<_crm_identity_v1_DeleteEmployeeResponse__Output>): grpc.ClientUnaryCall;
  deleteEmployee(argument: _crm_identity_v1_DeleteEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteEmployeeResponse__Output>): grpc.ClientUnaryCall;
  deleteEmployee(argument: _crm_identity_v1_DeleteEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_DeleteEmployeeResponse__Output>): grpc.ClientUnaryCall;
  deleteEmployee(argument: _crm_identity_v1_DeleteEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_DeleteEmployeeResponse__Output>): grpc.ClientUnaryCall;
  deleteEmployee(argument: _crm_identity_v1_DeleteEmployeeRequest, callback: grpc.requestCallback<_crm_identity_v1_DeleteEmployeeResponse__Output>): grpc.ClientUnaryCall;
  
  GetEmployee(argument: _crm_identity_v1_GetEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetEmployeeResponse__Output>): grpc.ClientUnaryCall;
  GetEmployee(argument: _crm_identity_v1_GetEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetEmployeeResponse__Output>): grpc.ClientUnaryCall;
  GetEmployee(argument: _crm_identity_v1_GetEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetEmployeeResponse__Output>): grpc.ClientUnaryCall;
  GetEmployee(argument: _crm_identity_v1_GetEmployeeRequest, callback: grpc.requestCallback<_crm_identity_v1_GetEmployeeResponse__Output>): grpc.ClientUnaryCall;
  getEmployee(argument: _crm_identity_v1_GetEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetEmployeeResponse__Output>): grpc.ClientUnaryCall;
  getEmployee(argument: _crm_identity_v1_GetEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetEmployeeResponse__Output>): grpc.ClientUnaryCall;
  getEmployee(argument: _crm_identity_v1_GetEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetEmployeeResponse__Output>): grpc.ClientUnaryCall;
  getEmployee(argument: _crm_identity_v1_GetEmployeeRequest, callback: grpc.requestCallback<_crm_identity_v1_GetEmployeeResponse__Output>): grpc.ClientUnaryCall;
  
  ListEmployees(argument: _crm_identity_v1_ListEmployeesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListEmployeesResponse__Output>): grpc.ClientUnaryCall;
  ListEmployees(argument: _crm_identity_v1_ListEmployeesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListEmployeesResponse__Output>): grpc.ClientUnaryCall;
  ListEmployees(argument: _crm_identity_v1_ListEmployeesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListEmployeesResponse__Output>): grpc.ClientUnaryCall;
  ListEmployees(argument: _crm_identity_v1_ListEmployeesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListEmployeesResponse__Output>): grpc.ClientUnaryCall;
  listEmployees(argument: _crm_identity_v1_ListEmployeesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListEmployeesResponse__Output>): grpc.ClientUnaryCall;
  listEmployees(argument: _crm_identity_v1_ListEmployeesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListEmployeesResponse__Output>): grpc.ClientUnaryCall;
  listEmployees(argument: _crm_identity_v1_ListEmployeesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListEmployeesResponse__Output>): grpc.ClientUnaryCall;
  listEmployees(argument: _crm_identity_v1_ListEmployeesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListEmployeesResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateEmployee(argument: _crm_identity_v1_UpdateEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  UpdateEmployee(argument: _crm_identity_v1_UpdateEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  UpdateEmployee(argument: _crm_identity_v1_UpdateEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  UpdateEmployee(argument: _crm_identity_v1_UpdateEmployeeRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  updateEmployee(argument: _crm_identity_v1_UpdateEmployeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  updateEmployee(argument: _crm_identity_v1_UpdateEmployeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_UpdateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  updateEmployee(argument: _crm_identity_v1_UpdateEmployeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_UpdateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  updateEmployee(argument: _crm_identity_v1_UpdateEmployeeRequest, callback: grpc.requestCallback<_crm_identity_v1_UpdateEmployeeResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface EmployeeServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateEmployee: grpc.handleUnaryCall<_crm_identity_v1_CreateEmployeeRequest__Output, _crm_identity_v1_CreateEmployeeResponse>;
  
  DeleteEmployee: grpc.handleUnaryCall<_crm_identity_v1_DeleteEmployeeRequest__Output, _crm_identity_v1_DeleteEmployeeResponse>;
  
  GetEmployee: grpc.handleUnaryCall<_crm_identity_v1_GetEmployeeRequest__Output, _crm_identity_v1_GetEmployeeResponse>;
  
  ListEmployees: grpc.handleUnaryCall<_crm_identity_v1_ListEmployeesRequest__Output, _crm_identity_v1_ListEmployeesResponse>;
  
  UpdateEmployee: grpc.handleUnaryCall<_crm_identity_v1_UpdateEmployeeRequest__Output, _crm_identity_v1_UpdateEmployeeResponse>;
  
}

export interface EmployeeServiceDefinition extends grpc.ServiceDefinition {
  CreateEmployee: MethodDefinition<_crm_identity_v1_CreateEmployeeRequest, _crm_identity_v1_CreateEmployeeResponse, _crm_identity_v1_CreateEmployeeRequest__Output, _crm_identity_v1_CreateEmployeeResponse__Output>
  DeleteEmployee: MethodDefinition<_crm_identity_v1_DeleteEmployeeRequest, _crm_identity_v1_DeleteEmployeeResponse, _crm_identity_v1_DeleteEmployeeRequest__Output, _crm_identity_v1_DeleteEmployeeResponse__Output>
  GetEmployee: MethodDefinition<_crm_identity_v1_GetEmployeeRequest, _crm_identity_v1_GetEmployeeResponse, _crm_identity_v1_GetEmployeeRequest__Output, _crm_identity_v1_GetEmployeeResponse__Output>
  ListEmployees: MethodDefinition<_crm_identity_v1_ListEmployeesRequest, _crm_identity_v1_ListEmployeesResponse, _crm_identity_v1_ListEmployeesRequest__Output, _crm_identity_v1_ListEmployeesResponse__Output>
  UpdateEmployee: MethodDefinition<_crm_identity_v1_UpdateEmployeeRequest, _crm_identity_v1_UpdateEmployeeResponse, _crm_identity_v1_UpdateEmployeeRequest__Output, _crm_identity_v1_UpdateEmployeeResponse__Output>
}
