// Original file: crm/edge/v1/edge.proto


export interface DriverStatus {
  'name'?: (string);
  'healthy'?: (boolean);
  'detail'?: (string);
}

export interface DriverStatus__Output {
  'name': (string);
  'healthy': (boolean);
  'detail': (string);
}
