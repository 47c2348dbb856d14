// Original file: crm/customers/v1/customer.proto


export interface PoolSettings {
  'maxOwned'?: (number);
  'reclaimBlockDays'?: (number);
  'autoReturnDaysOrdinary'?: (number);
  'autoReturnDaysHighIntent'?: (number);
  'returnReminderDays'?: (number);
}

export interface PoolSettings__Output {
  'maxOwned': (number);
  'reclaimBlockDays': (number);
  'autoReturnDaysOrdinary': (number);
  'autoReturnDaysHighIntent': (number);
  'returnReminderDays': (number);
}
