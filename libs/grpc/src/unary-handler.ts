import type * as grpc from '@grpc/grpc-js';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { runAsPrincipal, type Principal, type PrincipalResolver } from '@crm/auth';
import { DomainError, toServiceError } from '@crm/errors';
import { extractTraceContext, runWithRequestContext } from '@crm/telemetry';
import { guardCall } from './call-guard';
import { REQUEST_ID_KEY } from './metadata-keys';

/** What a handler knows about the call besides its request. */
export interface CallContext {
  /** The caller, verified from its access token; undefined when it sent none. */
  principal: Principal | undefined;
  requestId: string;
  metadata: grpc.Metadata;
}

interface ErrorLogger {
  error(obj: object, msg?: string): void;
}

export type UnaryHandler = <Req, Res>(
  method: string,
  handler: (request: Req, ctx: CallContext) => Promise<Res>,
) => grpc.handleUnaryCall<Req, Res>;

const tracer = trace.getTracer('@crm/grpc');

export interface HandlerFactoryOptions {
  logger: ErrorLogger;
  resolvePrincipal: PrincipalResolver;
}

/**
 * Makes a service's unary handlers. Each call: restores the trace context, verifies the caller with
 * `resolvePrincipal` (every service checks the token itself, never trusting the gateway alone), makes
 * the checks of call-guard.ts (a pending password change, bad text and ids in the request), runs the
 * use case in a server span as that caller, and maps errors once — a DomainError keeps its code,
 * anything else is logged and becomes INTERNAL without leaking its message.
 */
export function createHandlerFactory(options: HandlerFactoryOptions): UnaryHandler {
  return <Req, Res>(method: string, handler: (request: Req, ctx: CallContext) => Promise<Res>) =>
    (call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => {
      serveCall(options, method, call.metadata, (ctx) => {
        guardCall(call.getPath(), ctx.principal, call.request);
        return handler(call.request, ctx);
      }).then(
        (response) => callback(null, response),
        (error: Partial<grpc.ServiceError>) => callback(error),
      );
    };
}

/**
 * One call of `method`, as every handler factory (unary and streaming) runs it: in a server span
 * under the caller's trace context, as the verified caller. Resolves with what `handler` returns, or
 * rejects with the status to send: a DomainError keeps its code, anything else is logged and becomes
 * INTERNAL without leaking its message.
 */
export function serveCall<T>(
  options: HandlerFactoryOptions,
  method: string,
  md: grpc.Metadata,
  handler: (ctx: CallContext) => Promise<T>,
): Promise<T> {
  const { logger, resolvePrincipal } = options;
  const carrier = {
    traceparent: str(md.get('traceparent')[0]),
    tracestate: str(md.get('tracestate')[0]),
  };
  const parent = extractTraceContext(carrier);
  const requestId = str(md.get(REQUEST_ID_KEY)[0]) ?? crypto.randomUUID();
  const span = tracer.startSpan(
    method,
    { kind: SpanKind.SERVER, attributes: { 'rpc.system': 'grpc', 'rpc.method': method } },
    parent,
  );
  const inContext = <R>(fn: () => R) =>
    context.with(trace.setSpan(parent, span), () => runWithRequestContext({ requestId }, fn));
  return inContext(async () => {
    const caller = await resolvePrincipal(md);
    return runAsPrincipal(
      caller?.principal,
      () => handler({ principal: caller?.principal, requestId, metadata: md }),
      caller?.token,
    );
  })
    .catch((error: unknown) => {
      if (error instanceof DomainError) {
        span.setAttribute('crm.error_code', error.code);
        throw toServiceError(error);
      }
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      inContext(() => logger.error({ err: error, method }, 'unexpected error in gRPC handler'));
      throw toServiceError(new DomainError('INTERNAL', 'internal error'));
    })
    .finally(() => span.end());
}

function str(value: grpc.MetadataValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
