import { connectBus, encodeEvent, namespacedSubject, type BusConnection, type EventEnvelope } from '@crm/bus';

export interface EdgePublisherOptions {
  natsUrl: string;
  natsNamespace?: string;
  /** The NATS connection name (shows in the server's connection list). */
  name?: string;
}

/**
 * Publishes edge and telephony envelopes (`crm.edge.…`) to JetStream with the envelope id as
 * Nats-Msg-Id, so a resend within JetStream's duplicate window is stored once. One NATS connection,
 * shared by the gRPC edge ingress and the Twilio voice webhook.
 */
export class EdgePublisher {
  private constructor(private readonly bus: BusConnection) {}

  /** Connects to NATS (making sure the streams exist). */
  static async connect(options: EdgePublisherOptions): Promise<EdgePublisher> {
    const bus = await connectBus({
      url: options.natsUrl,
      name: options.name ?? 'gateway-edge',
      namespace: options.natsNamespace,
    });
    return new EdgePublisher(bus);
  }

  /** Resolves once JetStream has stored the event (or recognised it as a duplicate of its id). */
  async publish(envelope: EventEnvelope<unknown>): Promise<void> {
    await this.bus.js.publish(namespacedSubject(this.bus.ns, envelope.type), encodeEvent(envelope), {
      msgID: envelope.id,
    });
  }

  /** Drains pending publishes, then closes the connection. */
  close(): Promise<void> {
    return this.bus.close();
  }
}
