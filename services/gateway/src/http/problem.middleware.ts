import type { NextFunction, Request, Response } from 'express';
import { DomainError, PROBLEM_CONTENT_TYPE, toProblem } from '@crm/errors';
import type { Logger } from '@crm/log';

/**
 * body-parser errors are the client's mistakes; they carry `type` and a 4xx `status`. So is a path
 * whose %-escapes are not UTF-8: Express' router fails to decode its parameter with a 400 URIError.
 */
function clientError(err: unknown): DomainError | undefined {
  const e = err as { type?: string; status?: number };
  if (err instanceof URIError && e.status === 400)
    return new DomainError('INVALID_ARGUMENT', 'the path is not valid UTF-8 once decoded');
  if (typeof e?.type !== 'string' || typeof e.status !== 'number' || e.status >= 500) return undefined;
  const message =
    e.type === 'entity.too.large'
      ? 'request body is too large'
      : e.type === 'entity.parse.failed'
        ? 'request body is not valid JSON'
        : `request body rejected (${e.type})`;
  return new DomainError('INVALID_ARGUMENT', message);
}

export interface ProblemOptions {
  /** A detail as its problem member (proto messages by their REST form); undefined drops it. */
  renderDetail?: (value: unknown) => unknown;
}

function withRenderedDetails(error: DomainError, render: (value: unknown) => unknown): DomainError {
  const entries = Object.entries(error.details);
  if (entries.length === 0) return error;
  const details: Record<string, unknown> = {};
  for (const [member, value] of entries) {
    const rendered = render(value);
    if (rendered !== undefined) details[member] = rendered;
  }
  return new DomainError(error.code, error.message, error.violations, details);
}

/** The one place HTTP errors are written: RFC 9457 problem+json from the shared mapping. */
export function problemHandler(logger: Logger, options: ProblemOptions = {}) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const domain = err instanceof DomainError ? err : clientError(err);
    if (!domain) logger.error({ err }, 'unexpected error');
    // An INTERNAL answer of a service: what the call failed with (its cause) says why.
    else if (domain.code === 'INTERNAL') logger.error({ err: domain.cause ?? domain }, 'internal error');
    const shown = domain && options.renderDetail ? withRenderedDetails(domain, options.renderDetail) : domain;
    const problem = toProblem(shown ?? err, { instance: req.originalUrl, requestId: res.locals.requestId });
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
