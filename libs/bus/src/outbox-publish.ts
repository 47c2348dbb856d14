import { headers } from '@nats-io/transport-node';
import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { namespacedSubject, type BusNamespace } from './bus-namespace';
import { encodeEvent } from './event-codec';
import type { EventEnvelope } from './event-envelope';

/**
 * Publishes one outbox event as the relay and the fast path both do: Nats-Msg-Id = event id (so a
 * second publish of it within the stream's duplicate window is dropped) and the producer's trace.
 */
export function publishOutboxEvent(
  js: JetStreamClient,
  ns: BusNamespace,
  subject: string,
  envelope: EventEnvelope<unknown>,
  timeoutMs: number,
): Promise<PubAck> {
  const h = headers();
  // Consumers restore the producer's trace from this header.
  if (envelope.traceparent) h.set('traceparent', envelope.traceparent);
  return js.publish(namespacedSubject(ns, subject), encodeEvent(envelope), {
    msgID: envelope.id,
    headers: h,
    timeout: timeoutMs,
  });
}
