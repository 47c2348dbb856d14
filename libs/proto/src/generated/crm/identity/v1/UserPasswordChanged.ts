// Original file: crm/identity/v1/events.proto


export interface UserPasswordChanged {
  'userId'?: (string);
  'resetByAdministrator'?: (boolean);
}

export interface UserPasswordChanged__Output {
  'userId': (string);
  'resetByAdministrator': (boolean);
}
