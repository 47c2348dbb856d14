// Original file: crm/edge/v1/edge.proto


export interface CallAnswered {
  'callerNumber'?: (string);
  'calledNumber'?: (string);
  'extension'?: (string);
  'callId'?: (string);
  'source'?: (string);
}

export interface CallAnswered__Output {
  'callerNumber': (string);
  'calledNumber': (string);
  'extension': (string);
  'callId': (string);
  'source': (string);
}
