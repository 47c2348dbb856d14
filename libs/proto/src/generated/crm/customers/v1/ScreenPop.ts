// Original file: crm/customers/v1/events.proto

import type { CustomerLevel as _crm_customers_v1_CustomerLevel, CustomerLevel__Output as _crm_customers_v1_CustomerLevel__Output } from '../../../crm/customers/v1/CustomerLevel';
import type { CustomerClass as _crm_customers_v1_CustomerClass, CustomerClass__Output as _crm_customers_v1_CustomerClass__Output } from '../../../crm/customers/v1/CustomerClass';
import type { ScreenPopPurchase as _crm_customers_v1_ScreenPopPurchase, ScreenPopPurchase__Output as _crm_customers_v1_ScreenPopPurchase__Output } from '../../../crm/customers/v1/ScreenPopPurchase';
import type { ScreenPopTicket as _crm_customers_v1_ScreenPopTicket, ScreenPopTicket__Output as _crm_customers_v1_ScreenPopTicket__Output } from '../../../crm/customers/v1/ScreenPopTicket';
import type { NegotiationHint as _crm_customers_v1_NegotiationHint, NegotiationHint__Output as _crm_customers_v1_NegotiationHint__Output } from '../../../crm/customers/v1/NegotiationHint';

export interface ScreenPop {
  'customerId'?: (string);
  'name'?: (string);
  'branchId'?: (string);
  'level'?: (_crm_customers_v1_CustomerLevel);
  'customerClass'?: (_crm_customers_v1_CustomerClass);
  'ownerId'?: (string);
  'inPublicPool'?: (boolean);
  'phones'?: (string)[];
  'lastFollowUpAt'?: (string);
  'createdAt'?: (string);
  'lastPurchases'?: (_crm_customers_v1_ScreenPopPurchase)[];
  'openTickets'?: (_crm_customers_v1_ScreenPopTicket)[];
  'hints'?: (_crm_customers_v1_NegotiationHint)[];
}

export interface ScreenPop__Output {
  'customerId': (string);
  'name': (string);
  'branchId': (string);
  'level': (_crm_customers_v1_CustomerLevel__Output);
  'customerClass': (_crm_customers_v1_CustomerClass__Output);
  'ownerId': (string);
  'inPublicPool': (boolean);
  'phones': (string)[];
  'lastFollowUpAt': (string);
  'createdAt': (string);
  'lastPurchases': (_crm_customers_v1_ScreenPopPurchase__Output)[];
  'openTickets': (_crm_customers_v1_ScreenPopTicket__Output)[];
  'hints': (_crm_customers_v1_NegotiationHint__Output)[];
}
