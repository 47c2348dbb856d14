// Original file: crm/customers/v1/events.proto


export interface ScreenPopTicket {
  'ticketId'?: (string);
  'subject'?: (string);
  'status'?: (string);
}

export interface ScreenPopTicket__Output {
  'ticketId': (string);
  'subject': (string);
  'status': (string);
}
