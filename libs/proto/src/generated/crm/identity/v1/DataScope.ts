// Original file: crm/identity/v1/resources.proto

export const DataScope = {
  DATA_SCOPE_UNSPECIFIED: 'DATA_SCOPE_UNSPECIFIED',
  DATA_SCOPE_OWN: 'DATA_SCOPE_OWN',
  DATA_SCOPE_DEPARTMENT: 'DATA_SCOPE_DEPARTMENT',
  DATA_SCOPE_DEPARTMENT_TREE: 'DATA_SCOPE_DEPARTMENT_TREE',
  DATA_SCOPE_BRANCH: 'DATA_SCOPE_BRANCH',
  DATA_SCOPE_ALL: 'DATA_SCOPE_ALL',
} as const;

export type DataScope =
  | 'DATA_SCOPE_UNSPECIFIED'
  | 0
  | 'DATA_SCOPE_OWN'
  | 1
  | 'DATA_SCOPE_DEPARTMENT'
  | 2
  | 'DATA_SCOPE_DEPARTMENT_TREE'
  | 3
  | 'DATA_SCOPE_BRANCH'
  | 4
  | 'DATA_SCOPE_ALL'
  | 5

export type DataScope__Output = typeof DataScope[keyof typeof DataScope]
