// Original file: crm/customers/v1/customer_care.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ConfirmChurnRequest as _crm_customers_v1_ConfirmChurnRequest, ConfirmChurnRequest__Output as _crm_customers_v1_ConfirmChurnRequest__Output } from '../../../crm/customers/v1/ConfirmChurnRequest';
import type { ConfirmChurnResponse as _crm_customers_v1_ConfirmChurnResponse, ConfirmChurnResponse__Output as _crm_customers_v1_ConfirmChurnResponse__Output } from '../../../crm/customers/v1/ConfirmChurnResponse';
import type { ListCareDueRequest as _crm_customers_v1_ListCareDueRequest, ListCareDueRequest__Output as _crm_customers_v1_ListCareDueRequest__Output } from '../../../crm/customers/v1/ListCareDueRequest';
import type { ListCareDueResponse as _crm_customers_v1_ListCareDueResponse, ListCareDueResponse__Output as _crm_customers_v1_ListCareDueResponse__Output } from '../../../crm/customers/v1/ListCareDueResponse';
import type { ListChurnRequest as _crm_customers_v1_ListChurnRequest, ListChurnRequest__Output as _crm_customers_v1_ListChurnRequest__Output } from '../../../crm/customers/v1/ListChurnRequest';
import type { ListChurnResponse as _crm_customers_v1_ListChurnResponse, ListChurnResponse__Output as _crm_customers_v1_ListChurnResponse__Output } from '../../../crm/customers/v1/ListChurnResponse';
import type { PauseChurnRequest as _crm_customers_v1_PauseChurnRequest, PauseChurnRequest__Output as _crm_customers_v1_PauseChurnRequest__Output } from '../../../crm/customers/v1/PauseChurnRequest';
import type { PauseChurnResponse as _crm_customers_v1_PauseChurnResponse, PauseChurnResponse__Output as _crm_customers_v1_PauseChurnResponse__Output } from '../../../crm/customers/v1/PauseChurnResponse';
import type { ReactivateChurnRequest as _crm_customers_v1_ReactivateChurnRequest, ReactivateChurnRequest__Output as _crm_customers_v1_ReactivateChurnRequest__Output } from '../../../crm/customers/v1/ReactivateChurnRequest';
import type { ReactivateChurnResponse as _crm_customers_v1_ReactivateChurnResponse, ReactivateChurnResponse__Output as _crm_customers_v1_ReactivateChurnResponse__Output } from '../../../crm/customers/v1/ReactivateChurnResponse';

export interface CustomerCareServiceClient extends grpc.Client {
  ConfirmChurn(argument: _crm_customers_v1_ConfirmChurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ConfirmChurnResponse__Output>): grpc.ClientUnaryCall;
  ConfirmChurn(argument: _crm_customers_v1_ConfirmChurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ConfirmChurnResponse__Output>): grpc.ClientUnaryCall;
  ConfirmChurn(argument: _crm_customers_v1_ConfirmChurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ConfirmChurnResponse__Output>): grpc.ClientUnaryCall;
  ConfirmChurn(argument: _crm_customers_v1_ConfirmChurnRequest, callback: grpc.requestCallback<_crm_customers_v1_ConfirmChurnResponse__Output>): grpc.ClientUnaryCall;
  confirmChurn(argument: _crm_customers_v1_ConfirmChurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ConfirmChurnResponse__Output>): grpc.ClientUnaryCall;
  confirmChurn(argument: _crm_customers_v1_ConfirmChurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ConfirmChurnResponse__Output>): grpc.ClientUnaryCall;
  confirmChurn(argument: _crm_customers_v1_ConfirmChurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ConfirmChurnResponse__Output>): grpc.ClientUnaryCall;
  confirmChurn(argument: _crm_customers_v1_ConfirmChurnRequest, callback: grpc.requestCallback<_crm_customers_v1_ConfirmChurnResponse__Output>): grpc.ClientUnaryCall;
  
  ListCareDue(argument: _crm_customers_v1_ListCareDueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCareDueResponse__Output>): grpc.ClientUnaryCall;
  ListCareDue(argument: _crm_customers_v1_ListCareDueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListCareDueResponse__Output>): grpc.ClientUnaryCall;
  ListCareDue(argument: _crm_customers_v1_ListCareDueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCareDueResponse__Output>): grpc.ClientUnaryCall;
  ListCareDue(argument: _crm_customers_v1_ListCareDueRequest, callback: grpc.requestCallback<_crm_customers_v1_ListCareDueResponse__Output>): grpc.ClientUnaryCall;
  listCareDue(argument: _crm_customers_v1_ListCareDueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCareDueResponse__Output>): grpc.ClientUnaryCall;
  listCareDue(argument: _crm_customers_v1_ListCareDueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListCareDueResponse__Output>): grpc.ClientUnaryCall;
  listCareDue(argument: _crm_customers_v1_ListCareDueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCareDueResponse__Output>): grpc.ClientUnaryCall;
  listCareDue(argument: _crm_customers_v1_ListCareDueRequest, callback: grpc.requestCallback<_crm_customers_v1_ListCareDueResponse__Output>): grpc.ClientUnaryCall;
  
  ListChurn(argument: _crm_customers_v1_ListChurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListChurnResponse__Output>): grpc.ClientUnaryCall;
  ListChurn(argument: _crm_customers_v1_ListChurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListChurnResponse__Output>): grpc.ClientUnaryCall;
  ListChurn(argument: _crm_customers_v1_ListChurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListChurnResponse__Output>): grpc.ClientUnaryCall;
  ListChurn(argument: _crm_customers_v1_ListChurnRequest, callback: grpc.requestCallback<_crm_customers_v1_ListChurnResponse__Output>): grpc.ClientUnaryCall;
  listChurn(argument: _crm_customers_v1_ListChurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListChurnResponse__Output>): grpc.ClientUnaryCall;
  listChurn(argument: _crm_customers_v1_ListChurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListChurnResponse__Output>): grpc.ClientUnaryCall;
  listChurn(argument: _crm_customers_v1_ListChurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListChurnResponse__Output>): grpc.ClientUnaryCall;
  listChurn(argument: _crm_customers_v1_ListChurnRequest, callback: grpc.requestCallback<_crm_customers_v1_ListChurnResponse__Output>): grpc.ClientUnaryCall;
  
  PauseChurn(argument: _crm_customers_v1_PauseChurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_PauseChurnResponse__Output>): grpc.ClientUnaryCall;
  PauseChurn(argument: _crm_customers_v1_PauseChurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_PauseChurnResponse__Output>): grpc.ClientUnaryCall;
  PauseChurn(argument: _crm_customers_v1_PauseChurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_PauseChurnResponse__Output>): grpc.ClientUnaryCall;
  PauseChurn(argument: _crm_customers_v1_PauseChurnRequest, callback: grpc.requestCallback<_crm_customers_v1_PauseChurnResponse__Output>): grpc.ClientUnaryCall;
  pauseChurn(argument: _crm_customers_v1_PauseChurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_PauseChurnResponse__Output>): grpc.ClientUnaryCall;
  pauseChurn(argument: _crm_customers_v1_PauseChurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_PauseChurnResponse__Output>): grpc.ClientUnaryCall;
  pauseChurn(argument: _crm_customers_v1_PauseChurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_PauseChurnResponse__Output>): grpc.ClientUnaryCall;
  pauseChurn(argument: _crm_customers_v1_PauseChurnRequest, callback: grpc.requestCallback<_crm_customers_v1_PauseChurnResponse__Output>): grpc.ClientUnaryCall;
  
  ReactivateChurn(argument: _crm_customers_v1_ReactivateChurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReactivateChurnResponse__Output>): grpc.ClientUnaryCall;
  ReactivateChurn(argument: _crm_customers_v1_ReactivateChurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ReactivateChurnResponse__Output>): grpc.ClientUnaryCall;
  ReactivateChurn(argument: _crm_customers_v1_ReactivateChurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReactivateChurnResponse__Output>): grpc.ClientUnaryCall;
  ReactivateChurn(argument: _crm_customers_v1_ReactivateChurnRequest, callback: grpc.requestCallback<_crm_customers_v1_ReactivateChurnResponse__Output>): grpc.ClientUnaryCall;
  reactivateChurn(argument: _crm_customers_v1_ReactivateChurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReactivateChurnResponse__Output>): grpc.ClientUnaryCall;
  reactivateChurn(argument: _crm_customers_v1_ReactivateChurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ReactivateChurnResponse__Output>): grpc.ClientUnaryCall;
  reactivateChurn(argument: _crm_customers_v1_ReactivateChurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReactivateChurnResponse__Output>): grpc.ClientUnaryCall;
  reactivateChurn(argument: _crm_customers_v1_ReactivateChurnRequest, callback: grpc.requestCallback<_crm_customers_v1_ReactivateChurnResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface CustomerCareServiceHandlers extends grpc.UntypedServiceImplementation {
  ConfirmChurn: grpc.handleUnaryCall<_crm_customers_v1_ConfirmChurnRequest__Output, _crm_customers_v1_ConfirmChurnResponse>;
  
  ListCareDue: grpc.handleUnaryCall<_crm_customers_v1_ListCareDueRequest__Output, _crm_customers_v1_ListCareDueResponse>;
  
  ListChurn: grpc.handleUnaryCall<_crm_customers_v1_ListChurnRequest__Output, _crm_customers_v1_ListChurnResponse>;
  
  PauseChurn: grpc.handleUnaryCall<_crm_customers_v1_PauseChurnRequest__Output, _crm_customers_v1_PauseChurnResponse>;
  
  ReactivateChurn: grpc.handleUnaryCall<_crm_customers_v1_ReactivateChurnRequest__Output, _crm_customers_v1_ReactivateChurnResponse>;
  
}

export interface CustomerCareServiceDefinition extends grpc.ServiceDefinition {
  ConfirmChurn: MethodDefinition<_crm_customers_v1_ConfirmChurnRequest, _crm_customers_v1_ConfirmChurnResponse, _crm_customers_v1_ConfirmChurnRequest__Output, _crm_customers_v1_ConfirmChurnResponse__Output>
  ListCareDue: MethodDefinition<_crm_customers_v1_ListCareDueRequest, _crm_customers_v1_ListCareDueResponse, _crm_customers_v1_ListCareDueRequest__Output, _crm_customers_v1_ListCareDueResponse__Output>
  ListChurn: MethodDefinition<_crm_customers_v1_ListChurnRequest, _crm_customers_v1_ListChurnResponse, _crm_customers_v1_ListChurnRequest__Output, _crm_customers_v1_ListChurnResponse__Output>
  PauseChurn: MethodDefinition<_crm_customers_v1_PauseChurnRequest, _crm_customers_v1_PauseChurnResponse, _crm_customers_v1_PauseChurnRequest__Output, _crm_customers_v1_PauseChurnResponse__Output>
  ReactivateChurn: MethodDefinition<_crm_customers_v1_ReactivateChurnRequest, _crm_customers_v1_ReactivateChurnResponse, _crm_customers_v1_ReactivateChurnRequest__Output, _crm_customers_v1_ReactivateChurnResponse__Output>
}
