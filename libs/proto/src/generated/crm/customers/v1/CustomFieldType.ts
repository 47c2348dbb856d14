// Original file: crm/customers/v1/customer.proto

export const CustomFieldType = {
  CUSTOM_FIELD_TYPE_UNSPECIFIED: 'CUSTOM_FIELD_TYPE_UNSPECIFIED',
  CUSTOM_FIELD_TYPE_TEXT: 'CUSTOM_FIELD_TYPE_TEXT',
  CUSTOM_FIELD_TYPE_NUMBER: 'CUSTOM_FIELD_TYPE_NUMBER',
  CUSTOM_FIELD_TYPE_DATE: 'CUSTOM_FIELD_TYPE_DATE',
  CUSTOM_FIELD_TYPE_OPTION: 'CUSTOM_FIELD_TYPE_OPTION',
} as const;

export type CustomFieldType =
  | 'CUSTOM_FIELD_TYPE_UNSPECIFIED'
  | 0
  | 'CUSTOM_FIELD_TYPE_TEXT'
  | 1
  | 'CUSTOM_FIELD_TYPE_NUMBER'
  | 2
  | 'CUSTOM_FIELD_TYPE_DATE'
  | 3
  | 'CUSTOM_FIELD_TYPE_OPTION'
  | 4

export type CustomFieldType__Output = typeof CustomFieldType[keyof typeof CustomFieldType]
