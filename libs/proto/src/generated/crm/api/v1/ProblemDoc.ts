// Original file: crm/api/v1/annotations.proto


export interface ProblemDoc {
  'status'?: (number);
  'description'?: (string);
  'member'?: (string);
  'memberType'?: (string);
}

export interface ProblemDoc__Output {
  'status': (number);
  'description': (string);
  'member': (string);
  'memberType': (string);
}
