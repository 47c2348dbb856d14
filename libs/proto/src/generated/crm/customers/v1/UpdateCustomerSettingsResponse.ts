// Original file: crm/customers/v1/customers.proto

import type { CustomerSettings as _crm_customers_v1_CustomerSettings, CustomerSettings__Output as _crm_customers_v1_CustomerSettings__Output } from '../../../crm/customers/v1/CustomerSettings';

export interface UpdateCustomerSettingsResponse {
  'settings'?: (_crm_customers_v1_CustomerSettings | null);
}

export interface UpdateCustomerSettingsResponse__Output {
  'settings': (_crm_customers_v1_CustomerSettings__Output | null);
}
