// Original file: crm/customers/v1/customer.proto

export const CustomerKind = {
  CUSTOMER_KIND_UNSPECIFIED: 'CUSTOMER_KIND_UNSPECIFIED',
  CUSTOMER_KIND_COMPANY: 'CUSTOMER_KIND_COMPANY',
  CUSTOMER_KIND_INDIVIDUAL: 'CUSTOMER_KIND_INDIVIDUAL',
} as const;

export type CustomerKind =
  | 'CUSTOMER_KIND_UNSPECIFIED'
  | 0
  | 'CUSTOMER_KIND_COMPANY'
  | 1
  | 'CUSTOMER_KIND_INDIVIDUAL'
  | 2

export type CustomerKind__Output = typeof CustomerKind[keyof typeof CustomerKind]
