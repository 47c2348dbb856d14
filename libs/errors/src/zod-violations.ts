import type { ZodError } from 'zod';
import { DomainError } from './domain-error';

/** A failed zod parse as an INVALID_ARGUMENT error with one violation per field. */
export function fromZodError(error: ZodError, message = 'request is invalid'): DomainError {
  const violations = error.issues.map((issue) => ({
    field:
      issue.path.length > 0
        ? issue.path.join('.')
        : issue.code === 'unrecognized_keys'
          ? issue.keys.join(',')
          : '(body)',
    message: issue.message,
  }));
  return new DomainError('INVALID_ARGUMENT', message, violations);
}
