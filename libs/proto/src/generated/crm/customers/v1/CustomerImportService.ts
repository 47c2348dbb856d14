// Original file: crm/customers/v1/customer_import.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ExportCustomersRequest as _crm_customers_v1_ExportCustomersRequest, ExportCustomersRequest__Output as _crm_customers_v1_ExportCustomersRequest__Output } from '../../../crm/customers/v1/ExportCustomersRequest';
import type { ExportCustomersResponse as _crm_customers_v1_ExportCustomersResponse, ExportCustomersResponse__Output as _crm_customers_v1_ExportCustomersResponse__Output } from '../../../crm/customers/v1/ExportCustomersResponse';
import type { GetImportTemplateRequest as _crm_customers_v1_GetImportTemplateRequest, GetImportTemplateRequest__Output as _crm_customers_v1_GetImportTemplateRequest__Output } from '../../../crm/customers/v1/GetImportTemplateRequest';
import type { GetImportTemplateResponse as _crm_customers_v1_GetImportTemplateResponse, GetImportTemplateResponse__Output as _crm_customers_v1_GetImportTemplateResponse__Output } from '../../../crm/customers/v1/GetImportTemplateResponse';
import type { ImportCustomersRequest as _crm_customers_v1_ImportCustomersRequest, ImportCustomersRequest__Output as _crm_customers_v1_ImportCustomersRequest__Output } from '../../../crm/customers/v1/ImportCustomersRequest';
import type { ImportCustomersResponse as _crm_customers_v1_ImportCustomersResponse, ImportCustomersResponse__Output as _crm_customers_v1_ImportCustomersResponse__Output } from '../../../crm/customers/v1/ImportCustomersResponse';

export interface CustomerImportServiceClient extends grpc.Client {
  ExportCustomers(argument: _crm_customers_v1_ExportCustomersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_crm_customers_v1_ExportCustomersResponse__Output>;
  ExportCustomers(argument: _crm_customers_v1_ExportCustomersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_crm_customers_v1_ExportCustomersResponse__Output>;
  exportCustomers(argument: _crm_customers_v1_ExportCustomersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_crm_customers_v1_ExportCustomersResponse__Output>;
  exportCustomers(argument: _crm_customers_v1_ExportCustomersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_crm_customers_v1_ExportCustomersResponse__Output>;
  
  GetImportTemplate(argument: _crm_customers_v1_GetImportTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetImportTemplateResponse__Output>): grpc.ClientUnaryCall;
  GetImportTemplate(argument: _crm_customers_v1_GetImportTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetImportTemplateResponse__Output>): grpc.ClientUnaryCall;
  GetImportTemplate(argument: _crm_customers_v1_GetImportTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetImportTemplateResponse__Output>): grpc.ClientUnaryCall;
  GetImportTemplate(argument: _crm_customers_v1_GetImportTemplateRequest, callback: grpc.requestCallback<_crm_customers_v1_GetImportTemplateResponse__Output>): grpc.ClientUnaryCall;
  getImportTemplate(argument: _crm_customers_v1_GetImportTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetImportTemplateResponse__Output>): grpc.ClientUnaryCall;
  getImportTemplate(argument: _crm_customers_v1_GetImportTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetImportTemplateResponse__Output>): grpc.ClientUnaryCall;
  getImportTemplate(argument: _crm_customers_v1_GetImportTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetImportTemplateResponse__Output>): grpc.ClientUnaryCall;
  getImportTemplate(argument: _crm_customers_v1_GetImportTemplateRequest, callback: grpc.requestCallback<_crm_customers_v1_GetImportTemplateResponse__Output>): grpc.ClientUnaryCall;
  
  ImportCustomers(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ImportCustomersResponse__Output>): grpc.ClientWritableStream<_crm_customers_v1_ImportCustomersRequest>;
  ImportCustomers(metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ImportCustomersResponse__Output>): grpc.ClientWritableStream<_crm_customers_v1_ImportCustomersRequest>;
  ImportCustomers(options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ImportCustomersResponse__Output>): grpc.ClientWritableStream<_crm_customers_v1_ImportCustomersRequest>;
  ImportCustomers(callback: grpc.requestCallback<_crm_customers_v1_ImportCustomersResponse__Output>): grpc.ClientWritableStream<_crm_customers_v1_ImportCustomersRequest>;
  importCustomers(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ImportCustomersResponse__Output>): grpc.ClientWritableStream<_crm_customers_v1_ImportCustomersRequest>;
  importCustomers(metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ImportCustomersResponse__Output>): grpc.ClientWritableStream<_crm_customers_v1_ImportCustomersRequest>;
  importCustomers(options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ImportCustomersResponse__Output>): grpc.ClientWritableStream<_crm_customers_v1_ImportCustomersRequest>;
  importCustomers(callback: grpc.requestCallback<_crm_customers_v1_ImportCustomersResponse__Output>): grpc.ClientWritableStream<_crm_customers_v1_ImportCustomersRequest>;
  
}

export interface CustomerImportServiceHandlers extends grpc.UntypedServiceImplementation {
  ExportCustomers: grpc.handleServerStreamingCall<_crm_customers_v1_ExportCustomersRequest__Output, _crm_customers_v1_ExportCustomersResponse>;
  
  GetImportTemplate: grpc.handleUnaryCall<_crm_customers_v1_GetImportTemplateRequest__Output, _crm_customers_v1_GetImportTemplateResponse>;
  
  ImportCustomers: grpc.handleClientStreamingCall<_crm_customers_v1_ImportCustomersRequest__Output, _crm_customers_v1_ImportCustomersResponse>;
  
}

export interface CustomerImportServiceDefinition extends grpc.ServiceDefinition {
  ExportCustomers: MethodDefinition<_crm_customers_v1_ExportCustomersRequest, _crm_customers_v1_ExportCustomersResponse, _crm_customers_v1_ExportCustomersRequest__Output, _crm_customers_v1_ExportCustomersResponse__Output>
  GetImportTemplate: MethodDefinition<_crm_customers_v1_GetImportTemplateRequest, _crm_customers_v1_GetImportTemplateResponse, _crm_customers_v1_GetImportTemplateRequest__Output, _crm_customers_v1_GetImportTemplateResponse__Output>
  ImportCustomers: MethodDefinition<_crm_customers_v1_ImportCustomersRequest, _crm_customers_v1_ImportCustomersResponse, _crm_customers_v1_ImportCustomersRequest__Output, _crm_customers_v1_ImportCustomersResponse__Output>
}
