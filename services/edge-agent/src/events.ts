import type { edgeV1Types } from '@crm/proto';

/** What a driver reports; the agent adds the id, the site, the time and the journal adds the seq. */
export type EventPayload =
  | { cardTapped: edgeV1Types.CardTapped__Output }
  | { cardRemoved: edgeV1Types.CardRemoved__Output }
  | { callRinging: edgeV1Types.CallRinging__Output }
  | { callAnswered: edgeV1Types.CallAnswered__Output }
  | { callEnded: edgeV1Types.CallEnded__Output };

/** An event as it is journaled (before its seq is assigned). */
export type NewEdgeEvent = { eventId: string; siteId: string; occurredAt: string } & EventPayload;

/** An event in the journal: seq is assigned at append, increasing by one. */
export type JournaledEvent = NewEdgeEvent & { seq: number };

/** Where drivers hand their events; resolves once the event is journaled (fsync'ed). */
export type EventSink = (payload: EventPayload, occurredAt?: Date) => Promise<void>;

export type PayloadKind = 'cardTapped' | 'cardRemoved' | 'callRinging' | 'callAnswered' | 'callEnded';

export function payloadKind(event: EventPayload): PayloadKind {
  if ('cardTapped' in event) return 'cardTapped';
  if ('cardRemoved' in event) return 'cardRemoved';
  if ('callRinging' in event) return 'callRinging';
  if ('callAnswered' in event) return 'callAnswered';
  return 'callEnded';
}

/** A driver's health as reported in AgentStatus. */
export interface DriverStatus {
  name: string;
  healthy: boolean;
  detail: string;
}

/** A card reader a driver serves, for the site pages (AgentStatus.readers). */
export interface ReaderStatus {
  kind: 'pcsc' | 'keyboard-wedge';
  name: string;
  desk: string;
  connected: boolean;
}

export interface Driver {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  status(): DriverStatus[];
  /** Card-reader drivers: their readers and desks. */
  readerStatus?(): ReaderStatus[];
}
