import { context, propagation, trace, type Context } from '@opentelemetry/api';

/** Writes the active trace context (traceparent, tracestate) into a string map (gRPC metadata, NATS headers). */
export function injectTraceContext(carrier: Record<string, string> = {}, ctx: Context = context.active()) {
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The context described by a carrier, parented on the current one. */
export function extractTraceContext(carrier: Record<string, string | undefined>): Context {
  return propagation.extract(context.active(), carrier);
}

/** The W3C traceparent of the active span, if there is one. */
export function currentTraceparent(): string | undefined {
  return injectTraceContext().traceparent;
}

/** Trace and span ids of the active span, for log lines. */
export function currentTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId } = span.spanContext();
  return { traceId, spanId };
}
