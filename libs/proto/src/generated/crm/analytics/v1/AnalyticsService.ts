// Original file: crm/analytics/v1/analytics.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetBranchCustomerCountsRequest as _crm_analytics_v1_GetBranchCustomerCountsRequest, GetBranchCustomerCountsRequest__Output as _crm_analytics_v1_GetBranchCustomerCountsRequest__Output } from '../../../crm/analytics/v1/GetBranchCustomerCountsRequest';
import type { GetBranchCustomerCountsResponse as _crm_analytics_v1_GetBranchCustomerCountsResponse, GetBranchCustomerCountsResponse__Output as _crm_analytics_v1_GetBranchCustomerCountsResponse__Output } from '../../../crm/analytics/v1/GetBranchCustomerCountsResponse';

export interface AnalyticsServiceClient extends grpc.Client {
  GetBranchCustomerCounts(argument: _crm_analytics_v1_GetBranchCustomerCountsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_analytics_v1_GetBranchCustomerCountsResponse__Output>): grpc.ClientUnaryCall;
  GetBranchCustomerCounts(argument: _crm_analytics_v1_GetBranchCustomerCountsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_analytics_v1_GetBranchCustomerCountsResponse__Output>): grpc.ClientUnaryCall;
  GetBranchCustomerCounts(argument: _crm_analytics_v1_GetBranchCustomerCountsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_analytics_v1_GetBranchCustomerCountsResponse__Output>): grpc.ClientUnaryCall;
  GetBranchCustomerCounts(argument: _crm_analytics_v1_GetBranchCustomerCountsRequest, callback: grpc.requestCallback<_crm_analytics_v1_GetBranchCustomerCountsResponse__Output>): grpc.ClientUnaryCall;
  getBranchCustomerCounts(argument: _crm_analytics_v1_GetBranchCustomerCountsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_analytics_v1_GetBranchCustomerCountsResponse__Output>): grpc.ClientUnaryCall;
  getBranchCustomerCounts(argument: _crm_analytics_v1_GetBranchCustomerCountsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_analytics_v1_GetBranchCustomerCountsResponse__Output>): grpc.ClientUnaryCall;
  getBranchCustomerCounts(argument: _crm_analytics_v1_GetBranchCustomerCountsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_analytics_v1_GetBranchCustomerCountsResponse__Output>): grpc.ClientUnaryCall;
  getBranchCustomerCounts(argument: _crm_analytics_v1_GetBranchCustomerCountsRequest, callback: grpc.requestCallback<_crm_analytics_v1_GetBranchCustomerCountsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AnalyticsServiceHandlers extends grpc.UntypedServiceImplementation {
  GetBranchCustomerCounts: grpc.handleUnaryCall<_crm_analytics_v1_GetBranchCustomerCountsRequest__Output, _crm_analytics_v1_GetBranchCustomerCountsResponse>;
  
}

export interface AnalyticsServiceDefinition extends grpc.ServiceDefinition {
  GetBranchCustomerCounts: MethodDefinition<_crm_analytics_v1_GetBranchCustomerCountsRequest, _crm_analytics_v1_GetBranchCustomerCountsResponse, _crm_analytics_v1_GetBranchCustomerCountsRequest__Output, _crm_analytics_v1_GetBranchCustomerCountsResponse__Output>
}
