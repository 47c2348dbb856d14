// Original file: crm/customers/v1/customer.proto

export const CardStatus = {
  CARD_STATUS_UNSPECIFIED: 'CARD_STATUS_UNSPECIFIED',
  CARD_STATUS_ACTIVE: 'CARD_STATUS_ACTIVE',
  CARD_STATUS_REVOKED: 'CARD_STATUS_REVOKED',
  CARD_STATUS_REPLACED: 'CARD_STATUS_REPLACED',
} as const;

export type CardStatus =
  | 'CARD_STATUS_UNSPECIFIED'
  | 0
  | 'CARD_STATUS_ACTIVE'
  | 1
  | 'CARD_STATUS_REVOKED'
  | 2
  | 'CARD_STATUS_REPLACED'
  | 3

export type CardStatus__Output = typeof CardStatus[keyof typeof CardStatus]
