// Original file: crm/edge/v1/edge.proto


export interface EventAck {
  'eventId'?: (string);
}

export interface EventAck__Output {
  'eventId': (string);
}
