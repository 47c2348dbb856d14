// Original file: crm/customers/v1/customer_care.proto


export interface CareOccasion {
  'customerId'?: (string);
  'customerName'?: (string);
  'contactId'?: (string);
  'contactName'?: (string);
  'occasion'?: (string);
  'label'?: (string);
  'date'?: (string);
  'daysUntil'?: (number);
  'branchId'?: (string);
  'ownerId'?: (string);
}

export interface CareOccasion__Output {
  'customerId': (string);
  'customerName': (string);
  'contactId': (string);
  'contactName': (string);
  'occasion': (string);
  'label': (string);
  'date': (string);
  'daysUntil': (number);
  'branchId': (string);
  'ownerId': (string);
}
