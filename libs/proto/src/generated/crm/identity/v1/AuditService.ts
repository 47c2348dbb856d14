// Original file: crm/identity/v1/audit.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListAuditEntriesRequest as _crm_identity_v1_ListAuditEntriesRequest, ListAuditEntriesRequest__Output as _crm_identity_v1_ListAuditEntriesRequest__Output } from '../../../crm/identity/v1/ListAuditEntriesRequest';
import type { ListAuditEntriesResponse as _crm_identity_v1_ListAuditEntriesResponse, ListAuditEntriesResponse__Output as _crm_identity_v1_ListAuditEntriesResponse__Output } from '../../../crm/identity/v1/ListAuditEntriesResponse';

export interface AuditServiceClient extends grpc.Client {
  ListAuditEntries(argument: _crm_identity_v1_ListAuditEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListAuditEntries(argument: _crm_identity_v1_ListAuditEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListAuditEntries(argument: _crm_identity_v1_ListAuditEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListAuditEntries(argument: _crm_identity_v1_ListAuditEntriesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  listAuditEntries(argument: _crm_identity_v1_ListAuditEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  listAuditEntries(argument: _crm_identity_v1_ListAuditEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  listAuditEntries(argument: _crm_identity_v1_ListAuditEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  listAuditEntries(argument: _crm_identity_v1_ListAuditEntriesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListAuditEntriesResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AuditServiceHandlers extends grpc.UntypedServiceImplementation {
  ListAuditEntries: grpc.handleUnaryCall<_crm_identity_v1_ListAuditEntriesRequest__Output, _crm_identity_v1_ListAuditEntriesResponse>;
  
}

export interface AuditServiceDefinition extends grpc.ServiceDefinition {
  ListAuditEntries: MethodDefinition<_crm_identity_v1_ListAuditEntriesRequest, _crm_identity_v1_ListAuditEntriesResponse, _crm_identity_v1_ListAuditEntriesRequest__Output, _crm_identity_v1_ListAuditEntriesResponse__Output>
}
