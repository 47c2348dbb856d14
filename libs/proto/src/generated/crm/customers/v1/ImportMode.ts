// Original file: crm/customers/v1/customer_import.proto

export const ImportMode = {
  IMPORT_MODE_UNSPECIFIED: 'IMPORT_MODE_UNSPECIFIED',
  IMPORT_MODE_CREATE: 'IMPORT_MODE_CREATE',
  IMPORT_MODE_UPSERT: 'IMPORT_MODE_UPSERT',
} as const;

export type ImportMode =
  | 'IMPORT_MODE_UNSPECIFIED'
  | 0
  | 'IMPORT_MODE_CREATE'
  | 1
  | 'IMPORT_MODE_UPSERT'
  | 2

export type ImportMode__Output = typeof ImportMode[keyof typeof ImportMode]
