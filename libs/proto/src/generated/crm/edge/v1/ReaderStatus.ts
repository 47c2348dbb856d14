// Original file: crm/edge/v1/edge.proto


export interface ReaderStatus {
  'kind'?: (string);
  'name'?: (string);
  'desk'?: (string);
  'connected'?: (boolean);
}

export interface ReaderStatus__Output {
  'kind': (string);
  'name': (string);
  'desk': (string);
  'connected': (boolean);
}
