// Original file: crm/edge/v1/edge.proto

import type { DriverStatus as _crm_edge_v1_DriverStatus, DriverStatus__Output as _crm_edge_v1_DriverStatus__Output } from '../../../crm/edge/v1/DriverStatus';
import type { ReaderStatus as _crm_edge_v1_ReaderStatus, ReaderStatus__Output as _crm_edge_v1_ReaderStatus__Output } from '../../../crm/edge/v1/ReaderStatus';
import type { Long } from '@grpc/proto-loader';

export interface AgentStatus {
  'siteId'?: (string);
  'queueDepth'?: (number);
  'lastSentSeq'?: (number | string | Long);
  'lastSentAt'?: (string);
  'lastAckedAt'?: (string);
  'oldestUnackedAt'?: (string);
  'reportedAt'?: (string);
  'agentVersion'?: (string);
  'drivers'?: (_crm_edge_v1_DriverStatus)[];
  'readers'?: (_crm_edge_v1_ReaderStatus)[];
  'statusIntervalMs'?: (number);
}

export interface AgentStatus__Output {
  'siteId': (string);
  'queueDepth': (number);
  'lastSentSeq': (string);
  'lastSentAt': (string);
  'lastAckedAt': (string);
  'oldestUnackedAt': (string);
  'reportedAt': (string);
  'agentVersion': (string);
  'drivers': (_crm_edge_v1_DriverStatus__Output)[];
  'readers': (_crm_edge_v1_ReaderStatus__Output)[];
  'statusIntervalMs': (number);
}
