// Original file: crm/customers/v1/customer_care.proto

import type { ChurnStatus as _crm_customers_v1_ChurnStatus, ChurnStatus__Output as _crm_customers_v1_ChurnStatus__Output } from '../../../crm/customers/v1/ChurnStatus';

export interface ListChurnRequest {
  'status'?: (_crm_customers_v1_ChurnStatus);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListChurnRequest__Output {
  'status': (_crm_customers_v1_ChurnStatus__Output);
  'pageSize': (number);
  'pageToken': (string);
}
