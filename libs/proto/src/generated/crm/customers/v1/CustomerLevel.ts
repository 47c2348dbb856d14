// Original file: crm/customers/v1/customer.proto

export const CustomerLevel = {
  CUSTOMER_LEVEL_UNSPECIFIED: 'CUSTOMER_LEVEL_UNSPECIFIED',
  CUSTOMER_LEVEL_ORDINARY: 'CUSTOMER_LEVEL_ORDINARY',
  CUSTOMER_LEVEL_HIGH_INTENT: 'CUSTOMER_LEVEL_HIGH_INTENT',
} as const;

export type CustomerLevel =
  | 'CUSTOMER_LEVEL_UNSPECIFIED'
  | 0
  | 'CUSTOMER_LEVEL_ORDINARY'
  | 1
  | 'CUSTOMER_LEVEL_HIGH_INTENT'
  | 2

export type CustomerLevel__Output = typeof CustomerLevel[keyof typeof CustomerLevel]
