import type * as grpc from '@grpc/grpc-js';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { decodePrincipal, PRINCIPAL_METADATA_KEY, runAsPrincipal, type Principal } from '@crm/auth';
import { DomainError, toServiceError } from '@crm/errors';
import { extractTraceContext, runWithRequestContext } from '@crm/telemetry';
import { REQUEST_ID_KEY } from './metadata-keys';

/** What a handler knows about the call besides its request. */
export interface CallContext {
  /** The caller as the gateway (or a calling service) vouched for it; undefined when absent or malformed. */
  principal: Principal | undefined;
  requestId: string;
  metadata: grpc.Metadata;
}

interface ErrorLogger {
  error(obj: object, msg?: string): void;
}

const tracer = trace.getTracer('@crm/grpc');

/**
 * Wraps an async use-case call as a grpc-js unary handler: restores the trace context and the caller
 * from metadata, runs inside a server span, and maps errors once — a DomainError keeps its code,
 * anything else is logged and becomes INTERNAL without leaking its message.
 */
export function unary<Req, Res>(
  method: string,
  handler: (request: Req, ctx: CallContext) => Promise<Res>,
  logger: ErrorLogger,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const md = call.metadata;
    const carrier = { traceparent: str(md.get('traceparent')[0]), tracestate: str(md.get('tracestate')[0]) };
    const parent = extractTraceContext(carrier);
    const principal = decodePrincipal(md.get(PRINCIPAL_METADATA_KEY)[0]);
    const requestId = str(md.get(REQUEST_ID_KEY)[0]) ?? crypto.randomUUID();
    const span = tracer.startSpan(
      method,
      { kind: SpanKind.SERVER, attributes: { 'rpc.system': 'grpc', 'rpc.method': method } },
      parent,
    );
    const run = () => handler(call.request, { principal, requestId, metadata: md });
    context
      .with(trace.setSpan(parent, span), () =>
        runWithRequestContext({ requestId }, () => runAsPrincipal(principal, run)),
      )
      .then(
        (response) => callback(null, response),
        (error: unknown) => {
          if (error instanceof DomainError) {
            span.setAttribute('crm.error_code', error.code);
            callback(toServiceError(error));
          } else {
            span.recordException(error as Error);
            span.setStatus({ code: SpanStatusCode.ERROR });
            context.with(trace.setSpan(parent, span), () =>
              runWithRequestContext({ requestId }, () =>
                logger.error({ err: error, method }, 'unexpected error in gRPC handler'),
              ),
            );
            callback(toServiceError(new DomainError('INTERNAL', 'internal error')));
          }
        },
      )
      .finally(() => span.end());
  };
}

function str(value: grpc.MetadataValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
