import type { ErrorCode } from './error-codes';

/** One problem with one input field, shown next to that field in the portal. */
export interface FieldViolation {
  field: string;
  message: string;
}

/**
 * An error a use case raises on purpose; anything else reaching a transport is an INTERNAL error.
 * `details` are extra facts a client can act on (`retryAfterSeconds`, the duplicates found); they
 * cross gRPC and become members of the HTTP problem body.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly violations: FieldViolation[] = [],
    readonly details: Record<string, unknown> = {},
    /** What went wrong underneath (a failed call's own error): logged, never sent to a client. */
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DomainError';
  }
}

export const invalidArgument = (message: string, violations: FieldViolation[] = []) =>
  new DomainError('INVALID_ARGUMENT', message, violations);
export const notFound = (entity: string, id: string) =>
  new DomainError('NOT_FOUND', `${entity} ${id} not found`);
export const alreadyExists = (message: string) => new DomainError('ALREADY_EXISTS', message);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const failedPrecondition = (message: string) => new DomainError('FAILED_PRECONDITION', message);
export const permissionDenied = (message = 'permission denied') =>
  new DomainError('PERMISSION_DENIED', message);
export const unauthenticated = (message = 'authentication required') =>
  new DomainError('UNAUTHENTICATED', message);

/**
 * A detail holding a proto message (`typeName` its full name, `value` as proto-loader objects are):
 * the gateway renders it by the REST conventions of that type into the problem member it is put
 * under, e.g. `new DomainError(code, message, [], { duplicates: protoDetail('crm.customers.v1.DuplicateMatchList', { values }) })`.
 */
export function protoDetail<T extends object>(typeName: string, value: T): T & { '@type': string } {
  return { '@type': typeName, ...value };
}
