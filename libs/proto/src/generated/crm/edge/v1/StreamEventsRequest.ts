// Original file: crm/edge/v1/edge.proto

import type { EdgeEvent as _crm_edge_v1_EdgeEvent, EdgeEvent__Output as _crm_edge_v1_EdgeEvent__Output } from '../../../crm/edge/v1/EdgeEvent';
import type { AgentStatus as _crm_edge_v1_AgentStatus, AgentStatus__Output as _crm_edge_v1_AgentStatus__Output } from '../../../crm/edge/v1/AgentStatus';

export interface StreamEventsRequest {
  'event'?: (_crm_edge_v1_EdgeEvent | null);
  'status'?: (_crm_edge_v1_AgentStatus | null);
  'kind'?: "event"|"status";
}

export interface StreamEventsRequest__Output {
  'event'?: (_crm_edge_v1_EdgeEvent__Output | null);
  'status'?: (_crm_edge_v1_AgentStatus__Output | null);
  'kind'?: "event"|"status";
}
