import { encodeEvent, namespacedSubject, type BusConnection, type EventEnvelope } from '@crm/bus';

/**
 * Publishes edge and telephony envelopes (`crm.edge.…`) to JetStream with the envelope id as
 * Nats-Msg-Id, so a resend within JetStream's duplicate window is stored once. Shared by the gRPC
 * edge ingress and the Twilio voice webhook, on the gateway's one bus connection.
 */
export class EdgePublisher {
  constructor(private readonly bus: BusConnection) {}

  /** Resolves once JetStream has stored the event (or recognised it as a duplicate of its id). */
  async publish(envelope: EventEnvelope<unknown>): Promise<void> {
    await this.bus.js.publish(namespacedSubject(this.bus.ns, envelope.type), encodeEvent(envelope), {
      msgID: envelope.id,
    });
  }
}
