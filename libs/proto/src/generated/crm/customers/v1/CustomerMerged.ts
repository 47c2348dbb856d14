// Original file: crm/customers/v1/events.proto

import type { Customer as _crm_customers_v1_Customer, Customer__Output as _crm_customers_v1_Customer__Output } from '../../../crm/customers/v1/Customer';

export interface CustomerMerged {
  'customer'?: (_crm_customers_v1_Customer | null);
  'sourceId'?: (string);
  'movedContactIds'?: (string)[];
  'movedCardIds'?: (string)[];
}

export interface CustomerMerged__Output {
  'customer': (_crm_customers_v1_Customer__Output | null);
  'sourceId': (string);
  'movedContactIds': (string)[];
  'movedCardIds': (string)[];
}
