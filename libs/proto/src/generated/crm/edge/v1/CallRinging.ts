// Original file: crm/edge/v1/edge.proto


export interface CallRinging {
  'callerNumber'?: (string);
  'calledNumber'?: (string);
  'extension'?: (string);
  'callerName'?: (string);
  'callId'?: (string);
  'source'?: (string);
}

export interface CallRinging__Output {
  'callerNumber': (string);
  'calledNumber': (string);
  'extension': (string);
  'callerName': (string);
  'callId': (string);
  'source': (string);
}
