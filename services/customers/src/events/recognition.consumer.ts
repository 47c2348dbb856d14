import {
  appendToOutbox,
  IdempotentConsumer,
  newEvent,
  OutboxFastPath,
  type BusConnection,
  type EventEnvelope,
} from '@crm/bus';
import type { Logger } from '@crm/log';
import type { customersV1Types as t } from '@crm/proto';
import type { Pool, PoolClient } from 'pg';
import { z } from 'zod';
import { normalizeCardUid } from '../domain/card-uid';
import type { Customer } from '../domain/customer';
import type { LookupPort } from '../domain/lookup.use-case';
import { normalizePhoneNumber } from '../domain/phone-number';
import type { TimelineKind } from '../domain/timeline.use-case';
import { buildScreenPop } from '../wire/screen-pop.mapper';

/** The edge subjects recognition answers; the consumer sees all of crm.edge.> and ignores the others. */
export const edgeEventTypes = {
  cardTapped: 'crm.edge.card.tapped',
  callRinging: 'crm.edge.call.ringing',
} as const;

export const recognitionEventTypes = {
  recognized: 'crm.customers.customer.recognized',
  unrecognized: 'crm.customers.customer.unrecognized',
} as const;

/** The payload fields of the edge events the gateway's ingress publishes (crm.edge.v1 messages + site). */
const edgePayload = z
  .object({
    // Empty for calls that do not come through a site (the Twilio voice webhook).
    siteId: z.string().default(''),
    cardUid: z.string().optional(),
    desk: z.string().optional(),
    reader: z.string().optional(),
    callerNumber: z.string().optional(),
    calledNumber: z.string().optional(),
    extension: z.string().optional(),
    callId: z.string().optional(),
  })
  .passthrough();
export type EdgePayload = z.infer<typeof edgePayload>;

/** What a tap or a call asks for: the normalised key (undefined: unreadable) and what was read. */
interface Query {
  source: 'card' | 'call';
  raw: string;
  key: string | undefined;
}

function queryOf(event: EventEnvelope<EdgePayload>): Query | undefined {
  const p = event.payload;
  if (event.type === edgeEventTypes.cardTapped) {
    const raw = p.cardUid ?? '';
    return { source: 'card', raw, key: normalizeCardUid(raw) };
  }
  if (event.type === edgeEventTypes.callRinging) {
    const raw = p.callerNumber ?? '';
    return { source: 'call', raw, key: normalizePhoneNumber(raw) };
  }
  return undefined;
}

/**
 * The customer a tap or call is: among the live matches, those of the site's branch first; only when
 * there are none there, any branch (a customer may visit another branch). For a number several records
 * may match: a record with the number itself before one with it on a contact, then the latest changed.
 */
export function pickCustomer(
  matches: Customer[],
  query: { source: 'card' | 'call'; key: string },
  siteBranchId: string,
): { customer: Customer; others: Customer[] } | undefined {
  const live = matches.filter(
    (c) =>
      c.deletedAt === null &&
      c.mergedInto === null &&
      (query.source === 'call' || c.cards.some((k) => k.uid === query.key && k.status === 'active')),
  );
  const local = live.filter((c) => c.branchId === siteBranchId);
  const candidates = [...(local.length > 0 ? local : live)].sort(
    (a, b) =>
      Number(b.phones.includes(query.key)) - Number(a.phones.includes(query.key)) ||
      b.updatedAt.getTime() - a.updatedAt.getTime(),
  );
  const [customer, ...others] = candidates;
  return customer ? { customer, others } : undefined;
}

/** Writes the tap/call to the timeline once per edge event; false when that event is already there. */
async function addTimelineEntry(
  tx: PoolClient,
  customer: Customer,
  kind: TimelineKind,
  event: EventEnvelope<EdgePayload>,
  summary: string,
  details: Record<string, unknown>,
): Promise<boolean> {
  const result = await tx.query(
    `INSERT INTO customer_timeline (id, customer_id, branch_id, kind, occurred_at, author_id, summary, details,
       source_event_id)
     VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $8)
     ON CONFLICT (source_event_id) DO NOTHING`,
    [
      crypto.randomUUID(),
      customer.id,
      customer.branchId,
      kind,
      new Date(event.occurredAt),
      summary.slice(0, 2000),
      JSON.stringify(details),
      event.id,
    ],
  );
  return result.rowCount === 1;
}

/**
 * Handles one edge event in the consumer's transaction: resolves the card or number through the hot
 * path, writes the tap/call to the customer's timeline and appends recognized / unrecognized to the
 * outbox. Other crm.edge.* events change nothing.
 */
export async function recognize(
  lookups: LookupPort,
  event: EventEnvelope<EdgePayload>,
  tx: PoolClient,
  now: Date = new Date(),
  previousHandled: () => Promise<void> = () => Promise.resolve(),
): Promise<EventEnvelope | undefined> {
  const query = queryOf(event);
  if (!query) return undefined;
  const p = event.payload;
  // The site (or the telephony webhook) that saw it.
  const actor = event.actor;
  const common = { desk: p.desk ?? '', extension: p.extension ?? '', edgeEventId: event.id };
  const matches = query.key
    ? await (query.source === 'card' ? lookups.byCard(query.key) : lookups.byPhone(query.key))
    : [];
  const picked = query.key
    ? pickCustomer(matches, { source: query.source, key: query.key }, event.branchId)
    : undefined;
  if (!picked) {
    const payload: t.CustomerUnrecognized = {
      siteId: p.siteId,
      branchId: event.branchId,
      source: query.source,
      cardUid: query.source === 'card' ? (query.key ?? query.raw) : '',
      callerNumber: query.source === 'call' ? (query.key ?? query.raw) : '',
      ...common,
    };
    const out = newEvent(recognitionEventTypes.unrecognized, event.branchId, actor, payload);
    await previousHandled();
    await appendToOutbox(tx, out);
    return out;
  }
  const { customer, others } = picked;
  const where =
    (query.source === 'card' ? p.desk || p.reader : p.extension || p.calledNumber) ||
    p.siteId ||
    'the branch';
  const written = await addTimelineEntry(
    tx,
    customer,
    query.source === 'card' ? 'card_tap' : 'call_in',
    event,
    query.source === 'card' ? `Card ${query.key} tapped at ${where}` : `Call from ${query.key} to ${where}`,
    {
      siteId: p.siteId,
      siteBranchId: event.branchId,
      ...(query.source === 'card'
        ? { cardUid: query.key, desk: p.desk ?? '', reader: p.reader ?? '' }
        : { callerNumber: query.key, extension: p.extension ?? '', callId: p.callId ?? '' }),
    },
  );
  // Already recorded for this edge event (e.g. re-published after the inbox forgot it): nothing new.
  if (!written) return undefined;
  const payload: t.CustomerRecognized = {
    pop: buildScreenPop(customer, now),
    siteId: p.siteId,
    source: query.source,
    cardUid: query.source === 'card' ? query.key! : '',
    callerNumber: query.source === 'call' ? query.key! : '',
    otherCustomerIds: others.map((c) => c.id),
    ...common,
  };
  // The site's branch: its staff see the pop, wherever the customer belongs.
  const out = newEvent(recognitionEventTypes.recognized, event.branchId, actor, payload);
  // The pops of a site leave in the order of its events: the outbox (and the relay) keep seq order.
  await previousHandled();
  await appendToOutbox(tx, out);
  return out;
}

/**
 * The pops the recognition consumer publishes itself right after their commit (in each site's
 * order); the outbox relay leaves them alone for this long and publishes them only if still unsent.
 */
export const recognitionLeftToFastPath = {
  subjects: [recognitionEventTypes.recognized, recognitionEventTypes.unrecognized],
  forMs: 5_000,
};

/**
 * Edge events handled at once by the recognition consumer, each its own transaction and pool
 * connection: the pool (10) keeps room for the gRPC API, the relay and the fast path's marks.
 */
export const RECOGNITION_CONCURRENCY = 6;

/**
 * The pops of one site leave in the order the agent sent its events: after an outage its backlog
 * pops in order (issue 5). Different sites (and the Twilio webhook's calls, which have no site) are
 * independent.
 */
export function recognitionOrderingKey(event: EventEnvelope<EdgePayload>): string {
  return event.payload.siteId ? `site:${event.payload.siteId}` : `call:${event.payload.callId ?? event.id}`;
}

/** Durable `customers-recognition` on CRM_EDGE (crm.edge.>): card taps and incoming calls → screen pops. */
export function recognitionConsumer(
  bus: BusConnection,
  pool: Pool,
  lookups: LookupPort & { within(tx: PoolClient): LookupPort },
  logger: Logger,
) {
  const fastPath = new OutboxFastPath({ pool, js: bus.js, ns: bus.ns, logger });
  return new IdempotentConsumer<EdgePayload>({
    js: bus.js,
    ns: bus.ns,
    pool,
    logger,
    stream: 'CRM_EDGE',
    durable: 'customers-recognition',
    parsePayload: (payload) => edgePayload.parse(payload),
    // Several events at once (issue 5's latency target), each in its own transaction, so that the
    // commits share PostgreSQL's WAL flushes: the pops of a site are appended to the outbox in the
    // site's order (recognize awaits previousHandled) and published after commit in that order.
    concurrency: RECOGNITION_CONCURRENCY,
    orderingKey: recognitionOrderingKey,
    pipelined: true,
    handler: async (event, tx, context) => {
      const out = await recognize(lookups.within(tx), event, tx, new Date(), () => context.previousHandled());
      if (!out) return;
      // The pop goes out as soon as it is committed; the relay leaves it alone (recognitionLeftToFastPath)
      // and publishes it only if this did not.
      context.afterCommit(() => fastPath.publish([out]));
      logger.debug(
        { edgeEventId: event.id, type: out.type, siteId: event.payload.siteId },
        'edge event recognised',
      );
    },
  });
}
