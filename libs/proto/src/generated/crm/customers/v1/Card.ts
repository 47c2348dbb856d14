// Original file: crm/customers/v1/customer.proto

import type { CardStatus as _crm_customers_v1_CardStatus, CardStatus__Output as _crm_customers_v1_CardStatus__Output } from '../../../crm/customers/v1/CardStatus';

export interface Card {
  'id'?: (string);
  'customerId'?: (string);
  'uid'?: (string);
  'status'?: (_crm_customers_v1_CardStatus);
  'issuedAt'?: (string);
  'issuedBy'?: (string);
  'revokedAt'?: (string);
  'revokedBy'?: (string);
  'revokeReason'?: (string);
  'replacedByCardId'?: (string);
  'branchId'?: (string);
}

export interface Card__Output {
  'id': (string);
  'customerId': (string);
  'uid': (string);
  'status': (_crm_customers_v1_CardStatus__Output);
  'issuedAt': (string);
  'issuedBy': (string);
  'revokedAt': (string);
  'revokedBy': (string);
  'revokeReason': (string);
  'replacedByCardId': (string);
  'branchId': (string);
}
