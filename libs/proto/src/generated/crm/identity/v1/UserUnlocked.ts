// Original file: crm/identity/v1/events.proto


export interface UserUnlocked {
  'userId'?: (string);
}

export interface UserUnlocked__Output {
  'userId': (string);
}
