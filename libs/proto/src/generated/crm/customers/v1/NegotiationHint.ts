// Original file: crm/customers/v1/events.proto


export interface NegotiationHint {
  'code'?: (string);
  'textZhCn'?: (string);
  'textEnUs'?: (string);
}

export interface NegotiationHint__Output {
  'code': (string);
  'textZhCn': (string);
  'textEnUs': (string);
}
