import * as grpc from '@grpc/grpc-js';
import { DomainError, type FieldViolation } from './domain-error';
import { type ErrorCode, isErrorCode } from './error-codes';

const grpcStatusByCode: Record<ErrorCode, grpc.status> = {
  INVALID_ARGUMENT: grpc.status.INVALID_ARGUMENT,
  NOT_FOUND: grpc.status.NOT_FOUND,
  ALREADY_EXISTS: grpc.status.ALREADY_EXISTS,
  CONFLICT: grpc.status.ABORTED,
  FAILED_PRECONDITION: grpc.status.FAILED_PRECONDITION,
  PERMISSION_DENIED: grpc.status.PERMISSION_DENIED,
  UNAUTHENTICATED: grpc.status.UNAUTHENTICATED,
  RESOURCE_EXHAUSTED: grpc.status.RESOURCE_EXHAUSTED,
  UNAVAILABLE: grpc.status.UNAVAILABLE,
  DEADLINE_EXCEEDED: grpc.status.DEADLINE_EXCEEDED,
  INTERNAL: grpc.status.INTERNAL,
};

// For statuses produced by the transport itself (no domain code in the trailers).
const codeByGrpcStatus: Partial<Record<grpc.status, ErrorCode>> = {
  [grpc.status.INVALID_ARGUMENT]: 'INVALID_ARGUMENT',
  [grpc.status.NOT_FOUND]: 'NOT_FOUND',
  [grpc.status.ALREADY_EXISTS]: 'ALREADY_EXISTS',
  [grpc.status.ABORTED]: 'CONFLICT',
  [grpc.status.FAILED_PRECONDITION]: 'FAILED_PRECONDITION',
  [grpc.status.PERMISSION_DENIED]: 'PERMISSION_DENIED',
  [grpc.status.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [grpc.status.RESOURCE_EXHAUSTED]: 'RESOURCE_EXHAUSTED',
  [grpc.status.UNAVAILABLE]: 'UNAVAILABLE',
  [grpc.status.DEADLINE_EXCEEDED]: 'DEADLINE_EXCEEDED',
  [grpc.status.CANCELLED]: 'UNAVAILABLE',
};

const CODE_KEY = 'crm-error-code';
// Binary metadata: violations may carry Chinese text, and ASCII metadata cannot.
const VIOLATIONS_KEY = 'crm-violations-bin';
const DETAILS_KEY = 'crm-details-bin';

export function grpcStatusFor(code: ErrorCode): grpc.status {
  return grpcStatusByCode[code];
}

/** A DomainError as a grpc-js ServiceError (status, message and the code/violations in trailers). */
export function toServiceError(error: DomainError): Partial<grpc.ServiceError> {
  const metadata = new grpc.Metadata();
  metadata.set(CODE_KEY, error.code);
  if (error.violations.length > 0)
    metadata.set(VIOLATIONS_KEY, Buffer.from(JSON.stringify(error.violations)));
  if (Object.keys(error.details).length > 0)
    metadata.set(DETAILS_KEY, Buffer.from(JSON.stringify(error.details)));
  return { code: grpcStatusFor(error.code), details: error.message, metadata };
}

/** The DomainError a client sees for a failed call: the server's own code when it sent one. */
export function fromServiceError(error: grpc.ServiceError): DomainError {
  const sent = error.metadata?.get(CODE_KEY)[0];
  const code: ErrorCode = isErrorCode(sent) ? sent : (codeByGrpcStatus[error.code] ?? 'INTERNAL');
  const violations = jsonTrailer<FieldViolation[]>(error, VIOLATIONS_KEY, []);
  const details = jsonTrailer<Record<string, unknown>>(error, DETAILS_KEY, {});
  const message = code === 'INTERNAL' ? 'internal error' : error.details || error.message;
  // An INTERNAL error's details could describe the server's state: they never reach a client.
  // Its cause is kept for the caller's log: a transport failure (a reset stream, a response that
  // does not decode) is logged nowhere else.
  return code === 'INTERNAL'
    ? new DomainError(code, message, violations, {}, { cause: error })
    : new DomainError(code, message, violations, details);
}

function jsonTrailer<T>(error: grpc.ServiceError, key: string, fallback: T): T {
  const raw = error.metadata?.get(key)[0];
  if (!Buffer.isBuffer(raw)) return fallback;
  try {
    return JSON.parse(raw.toString('utf8')) as T;
  } catch {
    return fallback;
  }
}
