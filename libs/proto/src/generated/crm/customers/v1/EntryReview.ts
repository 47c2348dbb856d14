// Original file: crm/customers/v1/customer.proto

export const EntryReview = {
  ENTRY_REVIEW_UNSPECIFIED: 'ENTRY_REVIEW_UNSPECIFIED',
  ENTRY_REVIEW_NONE: 'ENTRY_REVIEW_NONE',
  ENTRY_REVIEW_DUPLICATES: 'ENTRY_REVIEW_DUPLICATES',
  ENTRY_REVIEW_ALL: 'ENTRY_REVIEW_ALL',
} as const;

export type EntryReview =
  | 'ENTRY_REVIEW_UNSPECIFIED'
  | 0
  | 'ENTRY_REVIEW_NONE'
  | 1
  | 'ENTRY_REVIEW_DUPLICATES'
  | 2
  | 'ENTRY_REVIEW_ALL'
  | 3

export type EntryReview__Output = typeof EntryReview[keyof typeof EntryReview]
