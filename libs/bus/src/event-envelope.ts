import { randomUUID } from 'node:crypto';
import { currentTraceparent } from './trace-context';

export type ActorKind = 'user' | 'system' | 'site';

/** Who caused the event: a signed-in user, the platform itself, or a branch site's edge agent. */
export interface Actor {
  userId: string;
  kind: ActorKind;
}

/**
 * What travels on the bus. `type` is also the NATS subject (without namespace prefix),
 * `crm.<service>.<entity>.<verb>` in the past tense. `id` is the de-duplication key end to end:
 * outbox primary key, JetStream Nats-Msg-Id and inbox key.
 */
export interface EventEnvelope<T = unknown> {
  id: string;
  type: string;
  occurredAt: string;
  branchId: string;
  actor: Actor;
  /** W3C trace context of the code that produced the event, so consumers continue the same trace. */
  traceparent?: string;
  payload: T;
}

export const actorKinds: readonly ActorKind[] = ['user', 'system', 'site'];

/** Lowercase dot-separated tokens: safe as a NATS subject (no wildcards, no spaces). */
export const eventTypePattern = /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/;

/** Builds an envelope: new id, the current time and the trace context active right now. */
export function newEvent<T>(type: string, branchId: string, actor: Actor, payload: T): EventEnvelope<T> {
  if (!eventTypePattern.test(type)) {
    throw new Error(
      `invalid event type '${type}': expected dot-separated lowercase tokens like crm.sales.order.placed`,
    );
  }
  if (!branchId) throw new Error(`event ${type} needs a branchId`);
  const event: EventEnvelope<T> = {
    id: randomUUID(),
    type,
    occurredAt: new Date().toISOString(),
    branchId,
    actor: { userId: actor.userId, kind: actor.kind },
    payload,
  };
  const traceparent = currentTraceparent();
  if (traceparent) event.traceparent = traceparent;
  return event;
}
