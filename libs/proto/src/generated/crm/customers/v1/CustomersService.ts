// Original file: crm/customers/v1/customers.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateCustomerRequest as _crm_customers_v1_CreateCustomerRequest, CreateCustomerRequest__Output as _crm_customers_v1_CreateCustomerRequest__Output } from '../../../crm/customers/v1/CreateCustomerRequest';
import type { CreateCustomerResponse as _crm_customers_v1_CreateCustomerResponse, CreateCustomerResponse__Output as _crm_customers_v1_CreateCustomerResponse__Output } from '../../../crm/customers/v1/CreateCustomerResponse';
import type { GetCustomerRequest as _crm_customers_v1_GetCustomerRequest, GetCustomerRequest__Output as _crm_customers_v1_GetCustomerRequest__Output } from '../../../crm/customers/v1/GetCustomerRequest';
import type { GetCustomerResponse as _crm_customers_v1_GetCustomerResponse, GetCustomerResponse__Output as _crm_customers_v1_GetCustomerResponse__Output } from '../../../crm/customers/v1/GetCustomerResponse';
import type { ListCustomersRequest as _crm_customers_v1_ListCustomersRequest, ListCustomersRequest__Output as _crm_customers_v1_ListCustomersRequest__Output } from '../../../crm/customers/v1/ListCustomersRequest';
import type { ListCustomersResponse as _crm_customers_v1_ListCustomersResponse, ListCustomersResponse__Output as _crm_customers_v1_ListCustomersResponse__Output } from '../../../crm/customers/v1/ListCustomersResponse';

export interface CustomersServiceClient extends grpc.Client {
  CreateCustomer(argument: _crm_customers_v1_CreateCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  CreateCustomer(argument: _crm_customers_v1_CreateCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  CreateCustomer(argument: _crm_customers_v1_CreateCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  CreateCustomer(argument: _crm_customers_v1_CreateCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  createCustomer(argument: _crm_customers_v1_CreateCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  createCustomer(argument: _crm_customers_v1_CreateCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  createCustomer(argument: _crm_customers_v1_CreateCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  createCustomer(argument: _crm_customers_v1_CreateCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  GetCustomer(argument: _crm_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  GetCustomer(argument: _crm_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  GetCustomer(argument: _crm_customers_v1_GetCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  GetCustomer(argument: _crm_customers_v1_GetCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _crm_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _crm_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _crm_customers_v1_GetCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _crm_customers_v1_GetCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  ListCustomers(argument: _crm_customers_v1_ListCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  ListCustomers(argument: _crm_customers_v1_ListCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  ListCustomers(argument: _crm_customers_v1_ListCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  ListCustomers(argument: _crm_customers_v1_ListCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  listCustomers(argument: _crm_customers_v1_ListCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  listCustomers(argument: _crm_customers_v1_ListCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  listCustomers(argument: _crm_customers_v1_ListCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  listCustomers(argument: _crm_customers_v1_ListCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface CustomersServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateCustomer: grpc.handleUnaryCall<_crm_customers_v1_CreateCustomerRequest__Output, _crm_customers_v1_CreateCustomerResponse>;
  
  GetCustomer: grpc.handleUnaryCall<_crm_customers_v1_GetCustomerRequest__Output, _crm_customers_v1_GetCustomerResponse>;
  
  ListCustomers: grpc.handleUnaryCall<_crm_customers_v1_ListCustomersRequest__Output, _crm_customers_v1_ListCustomersResponse>;
  
}

export interface CustomersServiceDefinition extends grpc.ServiceDefinition {
  CreateCustomer: MethodDefinition<_crm_customers_v1_CreateCustomerRequest, _crm_customers_v1_CreateCustomerResponse, _crm_customers_v1_CreateCustomerRequest__Output, _crm_customers_v1_CreateCustomerResponse__Output>
  GetCustomer: MethodDefinition<_crm_customers_v1_GetCustomerRequest, _crm_customers_v1_GetCustomerResponse, _crm_customers_v1_GetCustomerRequest__Output, _crm_customers_v1_GetCustomerResponse__Output>
  ListCustomers: MethodDefinition<_crm_customers_v1_ListCustomersRequest, _crm_customers_v1_ListCustomersResponse, _crm_customers_v1_ListCustomersRequest__Output, _crm_customers_v1_ListCustomersResponse__Output>
}
