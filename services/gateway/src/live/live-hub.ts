import type { Principal } from '@crm/auth';

/** What a live socket receives for each event. */
export interface LiveMessage {
  type: string;
  id: string;
  occurredAt: string;
  branchId: string;
  payload: unknown;
}

/** A connected client as the hub sees it. */
export interface LiveClient {
  principal: Principal;
  /** The user's telephone extension as identity knew it at connect (none: undefined). */
  extension?: string;
  send(message: LiveMessage): void;
}

interface Buffered {
  seq: number;
  receivedAtMs: number;
  message: LiveMessage;
  /** A call pop delivered to these users only (their extension rang); undefined: the whole branch. */
  targetUserIds?: Set<string>;
}

export interface LiveHubOptions {
  /** How long messages are kept for reconnecting clients. */
  replayMs: number;
  /** Bound per branch, whatever the window. */
  maxPerBranch?: number;
  now?: () => number;
}

/** A principal sees a branch's live events with data scope 'all' or in its own branch. */
export function canSeeBranch(principal: Principal, branchId: string): boolean {
  return principal.dataScope === 'all' || principal.branchId === branchId;
}

/** The ringing extension of a call pop (recognized or unrecognized); undefined for card taps and the rest. */
export function callExtensionOf(message: LiveMessage): string | undefined {
  const p = message.payload as { source?: unknown; extension?: unknown } | null;
  if (!p || typeof p !== 'object' || p.source !== 'call') return undefined;
  return typeof p.extension === 'string' && p.extension !== '' ? p.extension : undefined;
}

/** The client is a user of the message's branch whose extension is ringing (extensions are per branch). */
function answers(client: LiveClient, message: LiveMessage, extension: string): boolean {
  return client.extension === extension && client.principal.branchId === message.branchId;
}

const MAX_SEEN_PER_CLIENT = 5_000;

/**
 * Fans live messages out to the connected clients allowed to see their branch, and keeps the last
 * minutes per branch (a bounded ring) so a reconnecting client gets what it missed. Each client gets
 * an event id at most once.
 *
 * Call pops with an extension (R-RT-2) go only to the connected users of that branch with that
 * extension; when none is connected they go to the whole branch instead, because a call must never go
 * unseen (someone else can pick it up). Card taps and calls without an extension stay branch-wide. The
 * choice is kept with the buffered message, so a replay gives a client what it would have got live.
 */
export class LiveHub {
  private readonly buffers = new Map<string, Buffered[]>();
  private readonly seqById = new Map<string, number>();
  private readonly clients = new Map<LiveClient, Set<string>>();
  private seq = 0;
  private readonly maxPerBranch: number;
  private readonly now: () => number;

  constructor(private readonly options: LiveHubOptions) {
    this.maxPerBranch = options.maxPerBranch ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /** Buffers the message and sends it to every client that may see its branch. */
  publish(message: LiveMessage): void {
    if (this.seqById.has(message.id)) return;
    this.prune();
    const entry: Buffered = { seq: ++this.seq, receivedAtMs: this.now(), message };
    const extension = callExtensionOf(message);
    const recipients = [...this.clients.keys()].filter((c) => canSeeBranch(c.principal, message.branchId));
    let targeted = recipients;
    if (extension !== undefined) {
      const ringing = recipients.filter((c) => answers(c, message, extension));
      // Nobody of that extension is connected: the whole branch sees the call rather than nobody.
      if (ringing.length > 0) {
        targeted = ringing;
        entry.targetUserIds = new Set(ringing.map((c) => c.principal.userId));
      }
    }
    let ring = this.buffers.get(message.branchId);
    if (!ring) this.buffers.set(message.branchId, (ring = []));
    ring.push(entry);
    this.seqById.set(message.id, entry.seq);
    while (ring.length > this.maxPerBranch) this.seqById.delete(ring.shift()!.message.id);
    for (const client of targeted) this.deliver(client, message);
  }

  /** Registers a client; with `since`, first sends the buffered messages after that event id. */
  add(client: LiveClient, since?: string): void {
    this.clients.set(client, new Set());
    if (since !== undefined) this.replay(client, since);
  }

  remove(client: LiveClient): void {
    this.clients.delete(client);
  }

  /**
   * Sends the client the buffered messages it may see after `since` (all of them when `since` is
   * unknown or already gone from the window), oldest first, skipping those it already has.
   */
  replay(client: LiveClient, since: string): void {
    if (!this.clients.has(client)) return;
    this.prune();
    const after = this.seqById.get(since) ?? 0;
    const missed: Buffered[] = [];
    for (const [branchId, ring] of this.buffers)
      if (canSeeBranch(client.principal, branchId))
        for (const e of ring) if (e.seq > after && this.wasFor(client, e)) missed.push(e);
    missed.sort((a, b) => a.seq - b.seq);
    for (const e of missed) this.deliver(client, e.message);
  }

  /**
   * Whether a buffered message is the client's to replay: branch-wide ones are; a targeted call pop is
   * for the users it went to (another device of theirs) and anyone of the branch with that extension.
   */
  private wasFor(client: LiveClient, e: Buffered): boolean {
    if (!e.targetUserIds) return true;
    const extension = callExtensionOf(e.message);
    return (
      e.targetUserIds.has(client.principal.userId) ||
      (extension !== undefined && answers(client, e.message, extension))
    );
  }

  private deliver(client: LiveClient, message: LiveMessage): void {
    const seen = this.clients.get(client);
    if (!seen || seen.has(message.id)) return;
    seen.add(message.id);
    if (seen.size > MAX_SEEN_PER_CLIENT) seen.delete(seen.values().next().value as string);
    client.send(message);
  }

  /** Drops what is older than the replay window. */
  private prune(): void {
    const oldest = this.now() - this.options.replayMs;
    for (const [branchId, ring] of this.buffers) {
      while (ring.length > 0 && ring[0]!.receivedAtMs < oldest) this.seqById.delete(ring.shift()!.message.id);
      if (ring.length === 0) this.buffers.delete(branchId);
    }
  }
}
