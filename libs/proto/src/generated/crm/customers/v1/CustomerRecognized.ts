// Original file: crm/customers/v1/events.proto

import type { ScreenPop as _crm_customers_v1_ScreenPop, ScreenPop__Output as _crm_customers_v1_ScreenPop__Output } from '../../../crm/customers/v1/ScreenPop';

export interface CustomerRecognized {
  'pop'?: (_crm_customers_v1_ScreenPop | null);
  'siteId'?: (string);
  'source'?: (string);
  'desk'?: (string);
  'cardUid'?: (string);
  'extension'?: (string);
  'callerNumber'?: (string);
  'edgeEventId'?: (string);
  'otherCustomerIds'?: (string)[];
}

export interface CustomerRecognized__Output {
  'pop': (_crm_customers_v1_ScreenPop__Output | null);
  'siteId': (string);
  'source': (string);
  'desk': (string);
  'cardUid': (string);
  'extension': (string);
  'callerNumber': (string);
  'edgeEventId': (string);
  'otherCustomerIds': (string)[];
}
