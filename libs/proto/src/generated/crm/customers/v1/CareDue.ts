// Original file: crm/customers/v1/events.proto


export interface CareDue {
  'customerId'?: (string);
  'customerName'?: (string);
  'branchId'?: (string);
  'ownerId'?: (string);
  'contactId'?: (string);
  'contactName'?: (string);
  'occasion'?: (string);
  'label'?: (string);
  'date'?: (string);
  'daysUntil'?: (number);
}

export interface CareDue__Output {
  'customerId': (string);
  'customerName': (string);
  'branchId': (string);
  'ownerId': (string);
  'contactId': (string);
  'contactName': (string);
  'occasion': (string);
  'label': (string);
  'date': (string);
  'daysUntil': (number);
}
