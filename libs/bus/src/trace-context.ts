import { propagation, ROOT_CONTEXT, type Context } from '@opentelemetry/api';

export { currentTraceparent } from '@crm/telemetry';

/**
 * The context a received message continues. Starts from the root rather than whatever happens
 * to be active, so one message's trace never leaks into the next.
 */
export function contextFromTraceparent(traceparent: string | undefined): Context {
  if (!traceparent) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, { traceparent });
}
