import { headers, type MsgHdrs } from '@nats-io/transport-node';
import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { deadLetterSubject, type BusNamespace } from './bus-namespace';

/** Headers added to a dead-lettered message, next to the original ones. */
export const DeadLetterHeaders = {
  Reason: 'Crm-Dlq-Reason',
  Consumer: 'Crm-Dlq-Consumer',
  Stream: 'Crm-Dlq-Stream',
  StreamSeq: 'Crm-Dlq-Stream-Seq',
  Subject: 'Crm-Dlq-Subject',
  Deliveries: 'Crm-Dlq-Deliveries',
} as const;

/**
 * Copies `msg` (original bytes and headers) to `crm.dlq.<consumer>` with the reason attached.
 * Resolves once JetStream stored it; the caller terminates the original only then.
 */
export async function publishToDeadLetter(
  js: JetStreamClient,
  ns: BusNamespace,
  durable: string,
  msg: JsMsg,
  reason: string,
  timeoutMs = 5_000,
): Promise<void> {
  const h = headers();
  copyHeaders(msg.headers, h);
  h.set(DeadLetterHeaders.Reason, headerValue(reason));
  h.set(DeadLetterHeaders.Consumer, durable);
  h.set(DeadLetterHeaders.Stream, msg.info.stream);
  h.set(DeadLetterHeaders.StreamSeq, String(msg.info.streamSequence));
  h.set(DeadLetterHeaders.Subject, msg.subject);
  h.set(DeadLetterHeaders.Deliveries, String(msg.info.deliveryCount));
  await js.publish(deadLetterSubject(ns, durable), msg.data, {
    headers: h,
    // Unique per original message and consumer: a retry of this publish is dropped as a duplicate,
    // while the same event dead-lettered by two consumers is kept twice.
    msgID: `dlq:${durable}:${msg.info.stream}:${msg.info.streamSequence}`,
    timeout: timeoutMs,
  });
}

/**
 * Everything but the Nats-* headers: those carry instructions for the server (Nats-Msg-Id,
 * Nats-Expected-*, …) that must not be re-applied to the copy.
 */
function copyHeaders(from: MsgHdrs | undefined, to: MsgHdrs): void {
  if (!from) return;
  for (const [key, values] of from) {
    if (key.toLowerCase().startsWith('nats-')) continue;
    for (const value of values) to.append(key, value);
  }
}

/** Header values are single-line and should stay short. */
function headerValue(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ').trim();
  return line.length > 1000 ? `${line.slice(0, 997)}...` : line;
}
