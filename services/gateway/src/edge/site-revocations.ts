import { decodeEvent, namespacedSubject, type BusConnection } from '@crm/bus';
import type { Logger } from '@crm/log';

type Subscription = ReturnType<BusConnection['nc']['subscribe']>;

/** What happened to a site's key. */
export type SiteKeyChange = 'revoked' | 'key_rotated';

/** Identity's events after which a site's key must not be trusted from cache (un-namespaced subjects). */
export const siteKeyChangeSubjects: Record<SiteKeyChange, string> = {
  revoked: 'crm.identity.site.revoked',
  key_rotated: 'crm.identity.site.key_rotated',
};

/**
 * Listens for identity's site-key changes and hands the site id to `onChange` (the edge ingress then
 * drops its cached verifications and ends the site's open streams), so a revoked key is refused as soon
 * as the event arrives instead of when the cache expires. A plain NATS subscription on the subjects the
 * outbox relay publishes: nothing durable is needed, because a gateway that was down at the time
 * starts with streams that verify afresh, and the cache's TTL bounds the rest.
 */
export class SiteRevocations {
  private constructor(
    private readonly subscriptions: Subscription[],
    private readonly done: Promise<unknown>,
  ) {}

  static start(
    bus: BusConnection,
    deps: { onChange: (siteId: string, change: SiteKeyChange) => Promise<void>; logger: Logger },
  ): SiteRevocations {
    const entries = Object.entries(siteKeyChangeSubjects) as [SiteKeyChange, string][];
    const subscriptions = entries.map(([, s]) => bus.nc.subscribe(namespacedSubject(bus.ns, s)));
    const done = Promise.all(
      subscriptions.map(async (sub, i) => {
        const change = entries[i]![0];
        for await (const m of sub) {
          try {
            const siteId = (decodeEvent(m.data).payload as { site?: { id?: unknown } }).site?.id;
            if (typeof siteId === 'string' && siteId) await deps.onChange(siteId, change);
          } catch (err) {
            deps.logger.warn({ err, subject: m.subject }, 'site key change not applied');
          }
        }
      }),
    );
    return new SiteRevocations(subscriptions, done);
  }

  async stop(): Promise<void> {
    for (const s of this.subscriptions) s.unsubscribe();
    await this.done;
  }
}
