import { actorKinds, eventTypePattern, type EventEnvelope } from './event-envelope';

/** A message whose bytes are not a valid envelope; it can never succeed, so it is dead-lettered at once. */
export class EventDecodeError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'EventDecodeError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeEvent(event: EventEnvelope<unknown>): Uint8Array {
  return encoder.encode(JSON.stringify(event));
}

/** Parses and checks the envelope's shape; the payload is not inspected (that is the consumer's schema). */
export function decodeEvent(data: Uint8Array): EventEnvelope<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(data));
  } catch (err) {
    throw new EventDecodeError(`not a JSON event: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  const problem = envelopeProblem(value);
  if (problem) throw new EventDecodeError(`not an event envelope: ${problem}`);
  return value as EventEnvelope<unknown>;
}

export function isEventEnvelope(value: unknown): value is EventEnvelope<unknown> {
  return envelopeProblem(value) === undefined;
}

/** The first thing wrong with `value` as an envelope, or undefined if it is one. */
export function envelopeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !uuidPattern.test(v.id)) return 'id must be a UUID';
  if (typeof v.type !== 'string' || !eventTypePattern.test(v.type))
    return 'type must be a dot-separated subject';
  if (typeof v.occurredAt !== 'string' || Number.isNaN(Date.parse(v.occurredAt))) {
    return 'occurredAt must be an ISO timestamp';
  }
  if (typeof v.branchId !== 'string' || v.branchId === '') return 'branchId must be a non-empty string';
  const actor = v.actor as Record<string, unknown> | null | undefined;
  if (typeof actor !== 'object' || actor === null) return 'actor must be an object';
  if (typeof actor.userId !== 'string') return 'actor.userId must be a string';
  if (!actorKinds.includes(actor.kind as never)) return `actor.kind must be one of ${actorKinds.join(', ')}`;
  if (v.traceparent !== undefined && typeof v.traceparent !== 'string') return 'traceparent must be a string';
  if (!('payload' in v) || v.payload === undefined) return 'payload is missing';
  return undefined;
}
