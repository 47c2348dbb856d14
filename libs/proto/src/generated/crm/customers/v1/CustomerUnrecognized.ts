// Original file: crm/customers/v1/events.proto


export interface CustomerUnrecognized {
  'siteId'?: (string);
  'branchId'?: (string);
  'source'?: (string);
  'cardUid'?: (string);
  'callerNumber'?: (string);
  'desk'?: (string);
  'extension'?: (string);
  'edgeEventId'?: (string);
}

export interface CustomerUnrecognized__Output {
  'siteId': (string);
  'branchId': (string);
  'source': (string);
  'cardUid': (string);
  'callerNumber': (string);
  'desk': (string);
  'extension': (string);
  'edgeEventId': (string);
}
