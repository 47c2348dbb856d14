// Original file: crm/edge/v1/edge.proto


export interface CallEnded {
  'callerNumber'?: (string);
  'calledNumber'?: (string);
  'extension'?: (string);
  'callId'?: (string);
  'source'?: (string);
}

export interface CallEnded__Output {
  'callerNumber': (string);
  'calledNumber': (string);
  'extension': (string);
  'callId': (string);
  'source': (string);
}
