// Original file: crm/edge/v1/edge.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { StreamEventsRequest as _crm_edge_v1_StreamEventsRequest, StreamEventsRequest__Output as _crm_edge_v1_StreamEventsRequest__Output } from '../../../crm/edge/v1/StreamEventsRequest';
import type { StreamEventsResponse as _crm_edge_v1_StreamEventsResponse, StreamEventsResponse__Output as _crm_edge_v1_StreamEventsResponse__Output } from '../../../crm/edge/v1/StreamEventsResponse';

export interface EdgeIngressServiceClient extends grpc.Client {
  StreamEvents(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_crm_edge_v1_StreamEventsRequest, _crm_edge_v1_StreamEventsResponse__Output>;
  StreamEvents(options?: grpc.CallOptions): grpc.ClientDuplexStream<_crm_edge_v1_StreamEventsRequest, _crm_edge_v1_StreamEventsResponse__Output>;
  streamEvents(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_crm_edge_v1_StreamEventsRequest, _crm_edge_v1_StreamEventsResponse__Output>;
  streamEvents(options?: grpc.CallOptions): grpc.ClientDuplexStream<_crm_edge_v1_StreamEventsRequest, _crm_edge_v1_StreamEventsResponse__Output>;
  
}

export interface EdgeIngressServiceHandlers extends grpc.UntypedServiceImplementation {
  StreamEvents: grpc.handleBidiStreamingCall<_crm_edge_v1_StreamEventsRequest__Output, _crm_edge_v1_StreamEventsResponse>;
  
}

export interface EdgeIngressServiceDefinition extends grpc.ServiceDefinition {
  StreamEvents: MethodDefinition<_crm_edge_v1_StreamEventsRequest, _crm_edge_v1_StreamEventsResponse, _crm_edge_v1_StreamEventsRequest__Output, _crm_edge_v1_StreamEventsResponse__Output>
}
