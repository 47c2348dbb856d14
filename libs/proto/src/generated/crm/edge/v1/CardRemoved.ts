// Original file: crm/edge/v1/edge.proto


export interface CardRemoved {
  'cardUid'?: (string);
  'reader'?: (string);
  'desk'?: (string);
}

export interface CardRemoved__Output {
  'cardUid': (string);
  'reader': (string);
  'desk': (string);
}
