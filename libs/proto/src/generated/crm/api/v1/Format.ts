// Original file: crm/api/v1/annotations.proto

export const Format = {
  FORMAT_UNSPECIFIED: 'FORMAT_UNSPECIFIED',
  FORMAT_TEXT: 'FORMAT_TEXT',
  FORMAT_UUID: 'FORMAT_UUID',
  FORMAT_DATE: 'FORMAT_DATE',
  FORMAT_DATE_TIME: 'FORMAT_DATE_TIME',
} as const;

export type Format =
  | 'FORMAT_UNSPECIFIED'
  | 0
  | 'FORMAT_TEXT'
  | 1
  | 'FORMAT_UUID'
  | 2
  | 'FORMAT_DATE'
  | 3
  | 'FORMAT_DATE_TIME'
  | 4

export type Format__Output = typeof Format[keyof typeof Format]
