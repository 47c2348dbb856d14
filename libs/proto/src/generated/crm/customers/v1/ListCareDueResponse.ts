// Original file: crm/customers/v1/customer_care.proto

import type { CareOccasion as _crm_customers_v1_CareOccasion, CareOccasion__Output as _crm_customers_v1_CareOccasion__Output } from '../../../crm/customers/v1/CareOccasion';

export interface ListCareDueResponse {
  'items'?: (_crm_customers_v1_CareOccasion)[];
}

export interface ListCareDueResponse__Output {
  'items': (_crm_customers_v1_CareOccasion__Output)[];
}
