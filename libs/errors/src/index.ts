export { errorCodes, isErrorCode, type ErrorCode } from './error-codes';
export * from './domain-error';
export { grpcStatusFor, toServiceError, fromServiceError } from './grpc-status';
export { httpStatusFor, toProblem, PROBLEM_CONTENT_TYPE, type Problem } from './http-problem';
export { fromZodError } from './zod-violations';
