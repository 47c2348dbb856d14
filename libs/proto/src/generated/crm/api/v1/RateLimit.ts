// Original file: crm/api/v1/annotations.proto

export const RateLimit = {
  RATE_LIMIT_UNSPECIFIED: 'RATE_LIMIT_UNSPECIFIED',
  RATE_LIMIT_LOGIN: 'RATE_LIMIT_LOGIN',
  RATE_LIMIT_PUBLIC: 'RATE_LIMIT_PUBLIC',
} as const;

export type RateLimit =
  | 'RATE_LIMIT_UNSPECIFIED'
  | 0
  | 'RATE_LIMIT_LOGIN'
  | 1
  | 'RATE_LIMIT_PUBLIC'
  | 2

export type RateLimit__Output = typeof RateLimit[keyof typeof RateLimit]
