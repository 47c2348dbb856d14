import type { NextFunction, Request, Response } from 'express';
import { DomainError, PROBLEM_CONTENT_TYPE, toProblem } from '@crm/errors';
import type { Logger } from '@crm/log';

/** body-parser errors are the client's mistakes; they carry `type` and a 4xx `status`. */
function bodyParserError(err: unknown): DomainError | undefined {
  const e = err as { type?: string; status?: number };
  if (typeof e?.type !== 'string' || typeof e.status !== 'number' || e.status >= 500) return undefined;
  const message =
    e.type === 'entity.too.large'
      ? 'request body is too large'
      : e.type === 'entity.parse.failed'
        ? 'request body is not valid JSON'
        : `request body rejected (${e.type})`;
  return new DomainError('INVALID_ARGUMENT', message);
}

/** The one place HTTP errors are written: RFC 9457 problem+json from the shared mapping. */
export function problemHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const domain = err instanceof DomainError ? err : bodyParserError(err);
    if (!domain) logger.error({ err }, 'unexpected error');
    // An INTERNAL answer of a service: what the call failed with (its cause) says why.
    else if (domain.code === 'INTERNAL') logger.error({ err: domain.cause ?? domain }, 'internal error');
    const problem = toProblem(domain ?? err, { instance: req.originalUrl, requestId: res.locals.requestId });
    const status = (err as { type?: string }).type === 'entity.too.large' ? 413 : problem.status;
    // Rate limits and login lockouts say how long to wait, in the body and as the standard header.
    if (typeof problem.retryAfterSeconds === 'number')
      res.setHeader('Retry-After', String(problem.retryAfterSeconds));
    res
      .status(status)
      .type(PROBLEM_CONTENT_TYPE)
      .json({ ...problem, status });
  };
}

export function notFoundHandler() {
  return (req: Request, _res: Response, next: NextFunction) =>
    next(new DomainError('NOT_FOUND', `no route for ${req.method} ${req.path}`));
}
