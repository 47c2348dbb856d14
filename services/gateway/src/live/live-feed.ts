import { DeliverPolicy, type ConsumerMessages } from '@nats-io/jetstream';
import { decodeEvent, namespacedStream, namespacedSubject, type BusConnection } from '@crm/bus';
import type { Logger } from '@crm/log';
import type { LiveHub } from './live-hub';

/** The events pushed to live clients (un-namespaced subjects). */
export const liveSubjects = ['crm.customers.customer.recognized', 'crm.customers.customer.unrecognized'];

/**
 * Reads the live subjects of CRM_CUSTOMERS with a JetStream ordered consumer (ephemeral, no durable
 * state), starting `replayMs` back so the hub's replay window is filled after a gateway restart, and
 * hands each event to the hub.
 */
export class LiveFeed {
  private constructor(
    private readonly messages: ConsumerMessages,
    private readonly done: Promise<void>,
  ) {}

  /** Reads from the gateway's bus connection; stop() ends the consumer, not the connection. */
  static async start(
    bus: BusConnection,
    options: { replayMs: number },
    deps: { hub: LiveHub; logger: Logger },
  ): Promise<LiveFeed> {
    {
      const consumer = await bus.js.consumers.get(namespacedStream(bus.ns, 'CRM_CUSTOMERS'), {
        // One subject filter (several need NATS 2.10); the other customer events are skipped below.
        filter_subjects: namespacedSubject(bus.ns, 'crm.customers.customer.*'),
        deliver_policy: DeliverPolicy.StartTime,
        opt_start_time: new Date(Date.now() - options.replayMs).toISOString(),
      });
      const messages = await consumer.consume();
      const wanted = new Set(liveSubjects.map((s) => namespacedSubject(bus.ns, s)));
      const done = (async () => {
        for await (const m of messages) {
          if (!wanted.has(m.subject)) continue;
          try {
            const e = decodeEvent(m.data);
            deps.hub.publish({
              type: e.type,
              id: e.id,
              occurredAt: e.occurredAt,
              branchId: e.branchId,
              payload: e.payload,
            });
          } catch (err) {
            deps.logger.warn({ err, subject: m.subject }, 'live: undecodable event skipped');
          }
        }
      })().catch((err: unknown) => deps.logger.error({ err }, 'live feed stopped'));
      return new LiveFeed(messages, done);
    }
  }

  async stop(): Promise<void> {
    await this.messages.close();
    await this.done;
  }
}
