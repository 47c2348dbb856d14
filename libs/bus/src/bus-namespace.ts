/**
 * A prefix for every subject and every stream/consumer name. Production uses none; each test
 * file gets its own (see @crm/testing), so parallel tests on one NATS server never meet.
 * Envelopes and outbox rows always hold the un-prefixed subject; the prefix is applied at the
 * edge, when talking to NATS.
 */
export interface BusNamespace {
  /** e.g. 't_1a2b3c.' — ends with a dot so it forms whole subject tokens. */
  subjectPrefix: string;
  /** e.g. 'T_1A2B3C_' — stream and consumer names cannot contain dots. */
  streamPrefix: string;
}

export const productionNamespace: BusNamespace = Object.freeze({ subjectPrefix: '', streamPrefix: '' });

export function namespacedSubject(ns: BusNamespace, subject: string): string {
  return ns.subjectPrefix + subject;
}

export function namespacedStream(ns: BusNamespace, stream: string): string {
  return ns.streamPrefix + stream;
}

export function namespacedConsumer(ns: BusNamespace, durable: string): string {
  return ns.streamPrefix + durable;
}

/** Where a consumer's poison messages go: `crm.dlq.<consumer>` (captured by the CRM_DLQ stream). */
export function deadLetterSubject(ns: BusNamespace, durable: string): string {
  return namespacedSubject(ns, `crm.dlq.${durable}`);
}
