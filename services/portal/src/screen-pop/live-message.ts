// What the gateway's live WebSocket (/api/v1/live) sends, read defensively: one JSON object per
// message, { type, id, occurredAt, branchId, payload }, payload = the customers service's
// CustomerRecognized / CustomerUnrecognized event (crm.customers.v1, JSON field names).
import type { CustomerClass, CustomerLevel } from '../api/types';

export const RECOGNIZED = 'crm.customers.customer.recognized';
export const UNRECOGNIZED = 'crm.customers.customer.unrecognized';

export type PopSource = 'card' | 'call';

export interface PopHint {
  code: string;
  zhCN: string;
  enUS: string;
}

export interface PopCustomer {
  id: string;
  name: string;
  branchId: string;
  level: CustomerLevel | null;
  customerClass: CustomerClass | null;
  /** null: in the public pool. */
  ownerId: string | null;
  inPublicPool: boolean;
  phones: string[];
  lastFollowUpAt: string | null;
  createdAt: string | null;
  lastPurchases: { orderId: string; summary: string; occurredAt: string | null }[];
  openTickets: { ticketId: string; subject: string; status: string }[];
}

interface PopCommon {
  /** The live event id (the dedupe and resume key). */
  id: string;
  occurredAt: string;
  /** The site's branch (whose staff see the pop). */
  branchId: string;
  siteId: string;
  source: PopSource;
  desk: string;
  extension: string;
  /** Card taps: the normalised UID. */
  cardUid: string;
  /** Calls: E.164. */
  callerNumber: string;
  /** The crm.edge.* event the pop answers. */
  edgeEventId: string;
}

export interface RecognizedPop extends PopCommon {
  kind: 'recognized';
  customer: PopCustomer;
  hints: PopHint[];
  otherCustomerIds: string[];
}

export interface UnrecognizedPop extends PopCommon {
  kind: 'unrecognized';
}

export type ScreenPop = RecognizedPop | UnrecognizedPop;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const orNull = (v: unknown): string | null => str(v) || null;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** CUSTOMER_LEVEL_HIGH_INTENT → HIGH_INTENT (proto enum names on the wire); unknown → null. */
function enumValue<T extends string>(v: unknown, prefix: string, allowed: readonly T[]): T | null {
  const name = str(v).replace(prefix, '');
  return (allowed as readonly string[]).includes(name) ? (name as T) : null;
}

function parseCustomer(pop: Json): PopCustomer | undefined {
  const id = str(pop.customerId);
  if (!id) return undefined;
  const ownerId = orNull(pop.ownerId);
  return {
    id,
    name: str(pop.name),
    branchId: str(pop.branchId),
    level: enumValue(pop.level, 'CUSTOMER_LEVEL_', ['ORDINARY', 'HIGH_INTENT'] as const),
    customerClass: enumValue(pop.customerClass, 'CUSTOMER_CLASS_', ['A', 'B', 'C'] as const),
    ownerId,
    inPublicPool: pop.inPublicPool === true || ownerId === null,
    phones: list(pop.phones).map(str).filter(Boolean),
    lastFollowUpAt: orNull(pop.lastFollowUpAt),
    createdAt: orNull(pop.createdAt),
    lastPurchases: list(pop.lastPurchases)
      .filter(isObject)
      .map((p) => ({ orderId: str(p.orderId), summary: str(p.summary), occurredAt: orNull(p.occurredAt) })),
    openTickets: list(pop.openTickets)
      .filter(isObject)
      .map((t) => ({ ticketId: str(t.ticketId), subject: str(t.subject), status: str(t.status) })),
  };
}

/** One live message → a pop; undefined for anything else (other types, heartbeats, garbage). */
export function parseLiveMessage(raw: string): ScreenPop | undefined {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(message) || !isObject(message.payload)) return undefined;
  const { type, payload: p } = message;
  const id = str(message.id);
  if (!id || (type !== RECOGNIZED && type !== UNRECOGNIZED)) return undefined;
  const source: PopSource = p.source === 'call' ? 'call' : 'card';
  const common: PopCommon = {
    id,
    occurredAt: str(message.occurredAt),
    branchId: str(message.branchId) || str(p.branchId),
    siteId: str(p.siteId),
    source,
    desk: str(p.desk),
    extension: str(p.extension),
    cardUid: str(p.cardUid),
    callerNumber: str(p.callerNumber),
    edgeEventId: str(p.edgeEventId),
  };
  if (type === UNRECOGNIZED) return { ...common, kind: 'unrecognized' };
  const customer = isObject(p.pop) ? parseCustomer(p.pop) : undefined;
  if (!customer) return undefined;
  const hints = list((p.pop as Json).hints)
    .filter(isObject)
    .map((h) => ({ code: str(h.code), zhCN: str(h.textZhCn), enUS: str(h.textEnUs) }))
    .filter((h) => h.code || h.zhCN || h.enUS);
  return {
    ...common,
    kind: 'recognized',
    customer,
    hints,
    otherCustomerIds: list(p.otherCustomerIds).map(str).filter(Boolean),
  };
}

/** A hint in the UI language, falling back to the other language when one text is missing. */
export function hintText(hint: PopHint, locale: 'zh-CN' | 'en-US'): string {
  return (locale === 'zh-CN' ? hint.zhCN || hint.enUS : hint.enUS || hint.zhCN) || hint.code;
}
