import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { decodeEvent } from '@crm/bus';
import { testNatsUrl } from '@crm/testing';
import { summarize, type LatencySummary } from './latency-stats';
import type { ConsumerSpan } from './otlp-receiver';

/** High-resolution wall clock (ms since the epoch, sub-ms), comparable with PostgreSQL's timestamps. */
export const epochNow = () => performance.timeOrigin + performance.now();

/** One event's way through the chain, in epochNow() ms; undefined where it was not seen. */
export interface EventTimes {
  /** The driver handed the card to the agent (agent.tap called). */
  tapped: number;
  /** The journal append (fsync) resolved. */
  journaled?: number;
  /** The ingress's crm.edge.card.tapped seen on NATS. */
  edgePublished?: number;
  /** The customers consumer took the message (its trace span began; BENCH_TRACE=1 only). */
  consumerPulled?: number;
  /** The customers consumer's transaction began (inbox.processed_at = now()). */
  consumerBegan?: number;
  /** The customers consumer had committed and JetStream confirmed its ack (span end; BENCH_TRACE=1). */
  consumerDone?: number;
  /** The outbox row of the pop was marked published (outbox.published_at = now()). */
  relayBegan?: number;
  /** The relay's crm.customers.customer.recognized seen on NATS. */
  recognizedPublished?: number;
  /** The pop arrived on the live WebSocket. */
  received?: number;
}

export const spanNames = [
  ['agent journal (fsync)', 'tapped', 'journaled'],
  ['agent → ingress → JetStream', 'journaled', 'edgePublished'],
  ['JetStream → customers consumer', 'edgePublished', 'consumerBegan'],
  ['  of which: message taken → BEGIN', 'consumerPulled', 'consumerBegan'],
  ['consumer: recognize + commit + ack', 'consumerBegan', 'consumerDone'],
  // The pop is published right after the commit (outbox fast path; the relay only as the fallback),
  // and the outbox row is marked published after that, so the two are one span.
  ['recognize + commit → pop on JetStream', 'consumerBegan', 'recognizedPublished'],
  ['JetStream → gateway live → socket', 'recognizedPublished', 'received'],
] as const;

/**
 * Watches the two bus subjects the chain crosses (core NATS subscriptions next to the services'
 * JetStream consumers, so they see each message when the services do) and reads the customers
 * service's inbox and outbox timestamps, to tell where the time of each event goes.
 */
export class ChainSpans {
  private nc!: NatsConnection;
  readonly edgeSeen = new Map<string, number>();
  readonly recognizedSeen = new Map<string, number>();

  constructor(
    private readonly namespace: string,
    private readonly customersDbUrl: string,
  ) {}

  async start(): Promise<void> {
    this.nc = await connect({ servers: testNatsUrl(), name: 'bench-spans' });
    const subject = (s: string) => `${this.namespace}.${s}`;
    this.nc.subscribe(subject('crm.edge.card.tapped'), {
      callback: (_err, msg) => {
        this.edgeSeen.set(decodeEvent(msg.data).id, epochNow());
      },
    });
    for (const s of ['crm.customers.customer.recognized', 'crm.customers.customer.unrecognized'])
      this.nc.subscribe(subject(s), {
        callback: (_err, msg) => {
          const at = epochNow();
          const edgeEventId = (decodeEvent(msg.data).payload as { edgeEventId?: string }).edgeEventId;
          if (edgeEventId) this.recognizedSeen.set(edgeEventId, at);
        },
      });
    await this.nc.flush();
  }

  /** Fills in what the bus, the customers database and (when traced) the consumer's spans say. */
  async fill(
    times: Map<string, EventTimes>,
    consumerSpans?: ReadonlyMap<string, ConsumerSpan>,
  ): Promise<void> {
    const client = new pg.Client({ connectionString: this.customersDbUrl });
    await client.connect();
    try {
      const ids = [...times.keys()];
      const inbox = await client.query<{ id: string; t: number }>(
        `SELECT event_id::text AS id, extract(epoch FROM processed_at) * 1000 AS t
         FROM inbox WHERE consumer = 'customers-recognition' AND event_id = ANY($1::uuid[])`,
        [ids],
      );
      for (const r of inbox.rows) times.get(r.id)!.consumerBegan = Number(r.t);
      const outbox = await client.query<{ id: string; t: number }>(
        `SELECT envelope->'payload'->>'edgeEventId' AS id, extract(epoch FROM published_at) * 1000 AS t
         FROM outbox WHERE subject LIKE 'crm.customers.customer.%recognized'
           AND envelope->'payload'->>'edgeEventId' = ANY($1::text[]) AND published_at IS NOT NULL`,
        [ids],
      );
      for (const r of outbox.rows) times.get(r.id)!.relayBegan = Number(r.t);
    } finally {
      await client.end();
    }
    for (const [id, t] of times) {
      t.edgePublished = this.edgeSeen.get(id);
      t.recognizedPublished = this.recognizedSeen.get(id);
      t.consumerPulled = consumerSpans?.get(id)?.start;
      t.consumerDone = consumerSpans?.get(id)?.end;
    }
  }

  async stop(): Promise<void> {
    await this.nc?.close();
  }
}

/** Per span, the distribution over the events where both ends were seen (spans never seen are left out). */
export function spanSummaries(times: Iterable<EventTimes>): { name: string; summary: LatencySummary }[] {
  const list = [...times];
  return spanNames
    .map(([name, from, to]) => ({
      name,
      summary: summarize(
        list.flatMap((t) => (t[from] !== undefined && t[to] !== undefined ? [t[to]! - t[from]!] : [])),
      ),
    }))
    .filter((s) => s.summary.count > 0);
}
