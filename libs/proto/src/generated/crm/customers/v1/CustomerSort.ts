// Original file: crm/customers/v1/customers.proto

export const CustomerSort = {
  CUSTOMER_SORT_UNSPECIFIED: 'CUSTOMER_SORT_UNSPECIFIED',
  CUSTOMER_SORT_CREATED_DESC: 'CUSTOMER_SORT_CREATED_DESC',
  CUSTOMER_SORT_NAME_ASC: 'CUSTOMER_SORT_NAME_ASC',
  CUSTOMER_SORT_PURCHASE_QUANTITY_DESC: 'CUSTOMER_SORT_PURCHASE_QUANTITY_DESC',
} as const;

export type CustomerSort =
  | 'CUSTOMER_SORT_UNSPECIFIED'
  | 0
  | 'CUSTOMER_SORT_CREATED_DESC'
  | 1
  | 'CUSTOMER_SORT_NAME_ASC'
  | 2
  | 'CUSTOMER_SORT_PURCHASE_QUANTITY_DESC'
  | 3

export type CustomerSort__Output = typeof CustomerSort[keyof typeof CustomerSort]
