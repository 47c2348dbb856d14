// Original file: crm/customers/v1/events.proto


export interface CustomerImportCompleted {
  'importId'?: (string);
  'branchId'?: (string);
  'mode'?: (string);
  'fileName'?: (string);
  'totalRows'?: (number);
  'imported'?: (number);
  'updated'?: (number);
  'failed'?: (number);
}

export interface CustomerImportCompleted__Output {
  'importId': (string);
  'branchId': (string);
  'mode': (string);
  'fileName': (string);
  'totalRows': (number);
  'imported': (number);
  'updated': (number);
  'failed': (number);
}
