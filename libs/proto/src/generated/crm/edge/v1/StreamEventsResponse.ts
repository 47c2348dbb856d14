// Original file: crm/edge/v1/edge.proto

import type { EventAck as _crm_edge_v1_EventAck, EventAck__Output as _crm_edge_v1_EventAck__Output } from '../../../crm/edge/v1/EventAck';

export interface StreamEventsResponse {
  'ack'?: (_crm_edge_v1_EventAck | null);
  'kind'?: "ack";
}

export interface StreamEventsResponse__Output {
  'ack'?: (_crm_edge_v1_EventAck__Output | null);
  'kind'?: "ack";
}
