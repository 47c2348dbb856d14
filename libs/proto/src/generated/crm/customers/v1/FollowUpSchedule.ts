// Original file: crm/customers/v1/customer.proto


export interface FollowUpSchedule {
  'classA'?: (number);
  'classB'?: (number);
  'classC'?: (number);
  'unclassified'?: (number);
}

export interface FollowUpSchedule__Output {
  'classA': (number);
  'classB': (number);
  'classC': (number);
  'unclassified': (number);
}
