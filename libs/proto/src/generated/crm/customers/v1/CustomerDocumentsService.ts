// Original file: crm/customers/v1/customer_documents.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AttachDocumentRequest as _crm_customers_v1_AttachDocumentRequest, AttachDocumentRequest__Output as _crm_customers_v1_AttachDocumentRequest__Output } from '../../../crm/customers/v1/AttachDocumentRequest';
import type { AttachDocumentResponse as _crm_customers_v1_AttachDocumentResponse, AttachDocumentResponse__Output as _crm_customers_v1_AttachDocumentResponse__Output } from '../../../crm/customers/v1/AttachDocumentResponse';
import type { GetDocumentContentRequest as _crm_customers_v1_GetDocumentContentRequest, GetDocumentContentRequest__Output as _crm_customers_v1_GetDocumentContentRequest__Output } from '../../../crm/customers/v1/GetDocumentContentRequest';
import type { GetDocumentContentResponse as _crm_customers_v1_GetDocumentContentResponse, GetDocumentContentResponse__Output as _crm_customers_v1_GetDocumentContentResponse__Output } from '../../../crm/customers/v1/GetDocumentContentResponse';
import type { ListDocumentsRequest as _crm_customers_v1_ListDocumentsRequest, ListDocumentsRequest__Output as _crm_customers_v1_ListDocumentsRequest__Output } from '../../../crm/customers/v1/ListDocumentsRequest';
import type { ListDocumentsResponse as _crm_customers_v1_ListDocumentsResponse, ListDocumentsResponse__Output as _crm_customers_v1_ListDocumentsResponse__Output } from '../../../crm/customers/v1/ListDocumentsResponse';
import type { RemoveDocumentRequest as _crm_customers_v1_RemoveDocumentRequest, RemoveDocumentRequest__Output as _crm_customers_v1_RemoveDocumentRequest__Output } from '../../../crm/customers/v1/RemoveDocumentRequest';
import type { RemoveDocumentResponse as _crm_customers_v1_RemoveDocumentResponse, RemoveDocumentResponse__Output as _crm_customers_v1_RemoveDocumentResponse__Output } from '../../../crm/customers/v1/RemoveDocumentResponse';

export interface CustomerDocumentsServiceClient extends grpc.Client {
  AttachDocument(argument: _crm_customers_v1_AttachDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_AttachDocumentResponse__Output>): grpc.ClientUnaryCall;
  AttachDocument(argument: _crm_customers_v1_AttachDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_AttachDocumentResponse__Output>): grpc.ClientUnaryCall;
  AttachDocument(argument: _crm_customers_v1_AttachDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_AttachDocumentResponse__Output>): grpc.ClientUnaryCall;
  AttachDocument(argument: _crm_customers_v1_AttachDocumentRequest, callback: grpc.requestCallback<_crm_customers_v1_AttachDocumentResponse__Output>): grpc.ClientUnaryCall;
  attachDocument(argument: _crm_customers_v1_AttachDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_AttachDocumentResponse__Output>): grpc.ClientUnaryCall;
  attachDocument(argument: _crm_customers_v1_AttachDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_AttachDocumentResponse__Output>): grpc.ClientUnaryCall;
  attachDocument(argument: _crm_customers_v1_AttachDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_AttachDocumentResponse__Output>): grpc.ClientUnaryCall;
  attachDocument(argument: _crm_customers_v1_AttachDocumentRequest, callback: grpc.requestCallback<_crm_customers_v1_AttachDocumentResponse__Output>): grpc.ClientUnaryCall;
  
  GetDocumentContent(argument: _crm_customers_v1_GetDocumentContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetDocumentContentResponse__Output>): grpc.ClientUnaryCall;
  GetDocumentContent(argument: _crm_customers_v1_GetDocumentContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetDocumentContentResponse__Output>): grpc.ClientUnaryCall;
  GetDocumentContent(argument: _crm_customers_v1_GetDocumentContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetDocumentContentResponse__Output>): grpc.ClientUnaryCall;
  GetDocumentContent(argument: _crm_customers_v1_GetDocumentContentRequest, callback: grpc.requestCallback<_crm_customers_v1_GetDocumentContentResponse__Output>): grpc.ClientUnaryCall;
  getDocumentContent(argument: _crm_customers_v1_GetDocumentContentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetDocumentContentResponse__Output>): grpc.ClientUnaryCall;
  getDocumentContent(argument: _crm_customers_v1_GetDocumentContentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetDocumentContentResponse__Output>): grpc.ClientUnaryCall;
  getDocumentContent(argument: _crm_customers_v1_GetDocumentContentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetDocumentContentResponse__Output>): grpc.ClientUnaryCall;
  getDocumentContent(argument: _crm_customers_v1_GetDocumentContentRequest, callback: grpc.requestCallback<_crm_customers_v1_GetDocumentContentResponse__Output>): grpc.ClientUnaryCall;
  
  ListDocuments(argument: _crm_customers_v1_ListDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocuments(argument: _crm_customers_v1_ListDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocuments(argument: _crm_customers_v1_ListDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocuments(argument: _crm_customers_v1_ListDocumentsRequest, callback: grpc.requestCallback<_crm_customers_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _crm_customers_v1_ListDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _crm_customers_v1_ListDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _crm_customers_v1_ListDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _crm_customers_v1_ListDocumentsRequest, callback: grpc.requestCallback<_crm_customers_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveDocument(argument: _crm_customers_v1_RemoveDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RemoveDocumentResponse__Output>): grpc.ClientUnaryCall;
  RemoveDocument(argument: _crm_customers_v1_RemoveDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_RemoveDocumentResponse__Output>): grpc.ClientUnaryCall;
  RemoveDocument(argument: _crm_customers_v1_RemoveDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RemoveDocumentResponse__Output>): grpc.ClientUnaryCall;
  RemoveDocument(argument: _crm_customers_v1_RemoveDocumentRequest, callback: grpc.requestCallback<_crm_customers_v1_RemoveDocumentResponse__Output>): grpc.ClientUnaryCall;
  removeDocument(argument: _crm_customers_v1_RemoveDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RemoveDocumentResponse__Output>): grpc.ClientUnaryCall;
  removeDocument(argument: _crm_customers_v1_RemoveDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_RemoveDocumentResponse__Output>): grpc.ClientUnaryCall;
  removeDocument(argument: _crm_customers_v1_RemoveDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RemoveDocumentResponse__Output>): grpc.ClientUnaryCall;
  removeDocument(argument: _crm_customers_v1_RemoveDocumentRequest, callback: grpc.requestCallback<_crm_customers_v1_RemoveDocumentResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface CustomerDocumentsServiceHandlers extends grpc.UntypedServiceImplementation {
  AttachDocument: grpc.handleUnaryCall<_crm_customers_v1_AttachDocumentRequest__Output, _crm_customers_v1_AttachDocumentResponse>;
  
  GetDocumentContent: grpc.handleUnaryCall<_crm_customers_v1_GetDocumentContentRequest__Output, _crm_customers_v1_GetDocumentContentResponse>;
  
  ListDocuments: grpc.handleUnaryCall<_crm_customers_v1_ListDocumentsRequest__Output, _crm_customers_v1_ListDocumentsResponse>;
  
  RemoveDocument: grpc.handleUnaryCall<_crm_customers_v1_RemoveDocumentRequest__Output, _crm_customers_v1_RemoveDocumentResponse>;
  
}

export interface CustomerDocumentsServiceDefinition extends grpc.ServiceDefinition {
  AttachDocument: MethodDefinition<_crm_customers_v1_AttachDocumentRequest, _crm_customers_v1_AttachDocumentResponse, _crm_customers_v1_AttachDocumentRequest__Output, _crm_customers_v1_AttachDocumentResponse__Output>
  GetDocumentContent: MethodDefinition<_crm_customers_v1_GetDocumentContentRequest, _crm_customers_v1_GetDocumentContentResponse, _crm_customers_v1_GetDocumentContentRequest__Output, _crm_customers_v1_GetDocumentContentResponse__Output>
  ListDocuments: MethodDefinition<_crm_customers_v1_ListDocumentsRequest, _crm_customers_v1_ListDocumentsResponse, _crm_customers_v1_ListDocumentsRequest__Output, _crm_customers_v1_ListDocumentsResponse__Output>
  RemoveDocument: MethodDefinition<_crm_customers_v1_RemoveDocumentRequest, _crm_customers_v1_RemoveDocumentResponse, _crm_customers_v1_RemoveDocumentRequest__Output, _crm_customers_v1_RemoveDocumentResponse__Output>
}
