// Original file: crm/customers/v1/customer.proto

export const CustomerClass = {
  CUSTOMER_CLASS_UNSPECIFIED: 'CUSTOMER_CLASS_UNSPECIFIED',
  CUSTOMER_CLASS_A: 'CUSTOMER_CLASS_A',
  CUSTOMER_CLASS_B: 'CUSTOMER_CLASS_B',
  CUSTOMER_CLASS_C: 'CUSTOMER_CLASS_C',
} as const;

export type CustomerClass =
  | 'CUSTOMER_CLASS_UNSPECIFIED'
  | 0
  | 'CUSTOMER_CLASS_A'
  | 1
  | 'CUSTOMER_CLASS_B'
  | 2
  | 'CUSTOMER_CLASS_C'
  | 3

export type CustomerClass__Output = typeof CustomerClass[keyof typeof CustomerClass]
