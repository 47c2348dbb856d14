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

/**
 * Makes a service's unary handlers. Each call: restores the trace context, verifies the caller with
 * `resolvePrincipal` (every service checks the token itself, never trusting the gateway alone), makes
 * the checks of call-guard.ts (a pending password change, bad text and ids in the request), runs
 * the use case in a server span as that caller, and maps errors once — a DomainError keeps its code,
 * anything else is logged and becomes INTERNAL without leaking its message.
 */
export function createHandlerFactory(options: {
  logger: ErrorLogger;
  resolvePrincipal: PrincipalResolver;
}): UnaryHandler {
  const { logger, resolvePrincipal } = options;
  return <Req, Res>(method: string, handler: (request: Req, ctx: CallContext) => Promise<Res>) =>
    (call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => {
      const md = call.metadata;
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
      const inContext = <T>(fn: () => T) =>
        context.with(trace.setSpan(parent, span), () => runWithRequestContext({ requestId }, fn));
      inContext(async () => {
        const caller = await resolvePrincipal(md);
        guardCall(call.getPath(), caller?.principal, call.request);
        return runAsPrincipal(
          caller?.principal,
          () => handler(call.request, { principal: caller?.principal, requestId, metadata: md }),
          caller?.token,
        );
      })
        .then(
          (response) => callback(null, response),
          (error: unknown) => {
            if (error instanceof DomainError) {
              span.setAttribute('crm.error_code', error.code);
              callback(toServiceError(error));
            } else {
              span.recordException(error as Error);
              span.setStatus({ code: SpanStatusCode.ERROR });
              inContext(() => logger.error({ err: error, method }, 'unexpected error in gRPC handler'));
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
