// Original file: crm/customers/v1/customer.proto

export const ChurnStatus = {
  CHURN_STATUS_UNSPECIFIED: 'CHURN_STATUS_UNSPECIFIED',
  CHURN_STATUS_ACTIVE: 'CHURN_STATUS_ACTIVE',
  CHURN_STATUS_AT_RISK: 'CHURN_STATUS_AT_RISK',
  CHURN_STATUS_PAUSED: 'CHURN_STATUS_PAUSED',
  CHURN_STATUS_CONFIRMED: 'CHURN_STATUS_CONFIRMED',
} as const;

export type ChurnStatus =
  | 'CHURN_STATUS_UNSPECIFIED'
  | 0
  | 'CHURN_STATUS_ACTIVE'
  | 1
  | 'CHURN_STATUS_AT_RISK'
  | 2
  | 'CHURN_STATUS_PAUSED'
  | 3
  | 'CHURN_STATUS_CONFIRMED'
  | 4

export type ChurnStatus__Output = typeof ChurnStatus[keyof typeof ChurnStatus]
