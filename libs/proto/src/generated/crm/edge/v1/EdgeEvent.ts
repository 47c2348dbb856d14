// Original file: crm/edge/v1/edge.proto

import type { CardTapped as _crm_edge_v1_CardTapped, CardTapped__Output as _crm_edge_v1_CardTapped__Output } from '../../../crm/edge/v1/CardTapped';
import type { CardRemoved as _crm_edge_v1_CardRemoved, CardRemoved__Output as _crm_edge_v1_CardRemoved__Output } from '../../../crm/edge/v1/CardRemoved';
import type { CallRinging as _crm_edge_v1_CallRinging, CallRinging__Output as _crm_edge_v1_CallRinging__Output } from '../../../crm/edge/v1/CallRinging';
import type { CallAnswered as _crm_edge_v1_CallAnswered, CallAnswered__Output as _crm_edge_v1_CallAnswered__Output } from '../../../crm/edge/v1/CallAnswered';
import type { CallEnded as _crm_edge_v1_CallEnded, CallEnded__Output as _crm_edge_v1_CallEnded__Output } from '../../../crm/edge/v1/CallEnded';
import type { Long } from '@grpc/proto-loader';

export interface EdgeEvent {
  'eventId'?: (string);
  'siteId'?: (string);
  'occurredAt'?: (string);
  'seq'?: (number | string | Long);
  'cardTapped'?: (_crm_edge_v1_CardTapped | null);
  'cardRemoved'?: (_crm_edge_v1_CardRemoved | null);
  'callRinging'?: (_crm_edge_v1_CallRinging | null);
  'callAnswered'?: (_crm_edge_v1_CallAnswered | null);
  'callEnded'?: (_crm_edge_v1_CallEnded | null);
  'payload'?: "cardTapped"|"cardRemoved"|"callRinging"|"callAnswered"|"callEnded";
}

export interface EdgeEvent__Output {
  'eventId': (string);
  'siteId': (string);
  'occurredAt': (string);
  'seq': (string);
  'cardTapped'?: (_crm_edge_v1_CardTapped__Output | null);
  'cardRemoved'?: (_crm_edge_v1_CardRemoved__Output | null);
  'callRinging'?: (_crm_edge_v1_CallRinging__Output | null);
  'callAnswered'?: (_crm_edge_v1_CallAnswered__Output | null);
  'callEnded'?: (_crm_edge_v1_CallEnded__Output | null);
  'payload'?: "cardTapped"|"cardRemoved"|"callRinging"|"callAnswered"|"callEnded";
}
