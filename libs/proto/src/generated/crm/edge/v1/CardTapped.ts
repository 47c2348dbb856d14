// Original file: crm/edge/v1/edge.proto


export interface CardTapped {
  'cardUid'?: (string);
  'reader'?: (string);
  'desk'?: (string);
}

export interface CardTapped__Output {
  'cardUid': (string);
  'reader': (string);
  'desk': (string);
}
