// Original file: crm/customers/v1/customer.proto

export const CustomerStatus = {
  CUSTOMER_STATUS_UNSPECIFIED: 'CUSTOMER_STATUS_UNSPECIFIED',
  CUSTOMER_STATUS_ACTIVE: 'CUSTOMER_STATUS_ACTIVE',
  CUSTOMER_STATUS_PENDING_REVIEW: 'CUSTOMER_STATUS_PENDING_REVIEW',
  CUSTOMER_STATUS_REJECTED: 'CUSTOMER_STATUS_REJECTED',
} as const;

export type CustomerStatus =
  | 'CUSTOMER_STATUS_UNSPECIFIED'
  | 0
  | 'CUSTOMER_STATUS_ACTIVE'
  | 1
  | 'CUSTOMER_STATUS_PENDING_REVIEW'
  | 2
  | 'CUSTOMER_STATUS_REJECTED'
  | 3

export type CustomerStatus__Output = typeof CustomerStatus[keyof typeof CustomerStatus]
