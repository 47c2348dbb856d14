import { DomainError, type FieldViolation } from './domain-error';
import type { ErrorCode } from './error-codes';

const httpStatusByCode: Record<ErrorCode, number> = {
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  CONFLICT: 409,
  FAILED_PRECONDITION: 422,
  PERMISSION_DENIED: 403,
  UNAUTHENTICATED: 401,
  RESOURCE_EXHAUSTED: 429,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
  INTERNAL: 500,
};

const titleByCode: Record<ErrorCode, string> = {
  INVALID_ARGUMENT: 'Invalid request',
  NOT_FOUND: 'Not found',
  ALREADY_EXISTS: 'Already exists',
  CONFLICT: 'Conflict',
  FAILED_PRECONDITION: 'Request cannot be carried out in the current state',
  PERMISSION_DENIED: 'Permission denied',
  UNAUTHENTICATED: 'Authentication required',
  RESOURCE_EXHAUSTED: 'Too many requests',
  UNAVAILABLE: 'Service unavailable',
  DEADLINE_EXCEEDED: 'Timed out',
  INTERNAL: 'Internal error',
};

/** RFC 9457 problem details, with our code and field violations as extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  requestId?: string;
  errors?: FieldViolation[];
  /** Extension members from DomainError.details, e.g. retryAfterSeconds. */
  [member: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function httpStatusFor(code: ErrorCode): number {
  return httpStatusByCode[code];
}

/** The problem body for any error; only DomainErrors reveal their message. */
export function toProblem(error: unknown, context: { instance?: string; requestId?: string } = {}): Problem {
  const domain = error instanceof DomainError ? error : new DomainError('INTERNAL', 'internal error');
  const problem: Problem = {
    // Details first: they may add members, never replace the standard ones.
    ...domain.details,
    type: `urn:crm:problem:${domain.code.toLowerCase().replace(/_/g, '-')}`,
    title: titleByCode[domain.code],
    status: httpStatusFor(domain.code),
    detail: domain.code === 'INTERNAL' ? 'An unexpected error occurred.' : domain.message,
    code: domain.code,
    ...context,
  };
  if (domain.violations.length > 0) problem.errors = domain.violations;
  return problem;
}
