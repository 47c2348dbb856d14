import type { NextFunction, Request, Response } from 'express';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { extractTraceContext, runWithRequestContext } from '@crm/telemetry';

const tracer = trace.getTracer('@crm/gateway');
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when sane) and a server span continuing the
 * caller's trace, and runs the rest of the chain inside them so logs and gRPC calls carry both.
 */
export function requestContext() {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.locals.requestId = requestId;
    const parent = extractTraceContext({
      traceparent: req.header('traceparent'),
      tracestate: req.header('tracestate'),
    });
    const span = tracer.startSpan(
      `${req.method} ${req.path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } },
      parent,
    );
    res.on('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      span.end();
    });
    context.with(trace.setSpan(parent, span), () => runWithRequestContext({ requestId }, next));
  };
}
