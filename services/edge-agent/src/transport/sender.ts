import { EventEmitter } from 'node:events';
import * as grpc from '@grpc/grpc-js';
import type { Logger } from '@crm/log';
import { edgeV1, type edgeV1Types } from '@crm/proto';
import type { JournaledEvent } from '../events';
import type { Journal } from '../journal/journal';

export interface SenderOptions {
  address: string;
  siteId: string;
  siteKey: string;
  /** Events sent and not yet acked, at most (default 256). */
  window?: number;
  /** Reconnect backoff: first delay and cap, in ms (defaults 200 and 30 000); full jitter. */
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  credentials?: grpc.ChannelCredentials;
}

export type SenderState = 'idle' | 'connecting' | 'connected' | 'backoff' | 'unauthenticated' | 'stopped';

type Call = grpc.ClientDuplexStream<
  edgeV1Types.StreamEventsRequest,
  edgeV1Types.StreamEventsResponse__Output
>;

/** The proto form of a journaled event. */
export function toProto(event: JournaledEvent): edgeV1Types.EdgeEvent {
  return { ...event, seq: String(event.seq) };
}

/**
 * Sends the journal to the platform over one bidirectional gRPC stream, in seq order, with at most
 * `window` events in flight; an ack removes the event from the journal. On any stream failure it
 * reconnects with exponential backoff and full jitter and resends every unacked event (the platform
 * de-duplicates by event id). A refused site key (UNAUTHENTICATED / PERMISSION_DENIED) stops it:
 * state `unauthenticated`, event `auth-failed`.
 *
 * Events: `state` (SenderState), `acked` (eventId), `auth-failed` (grpc.ServiceError).
 */
export class Sender extends EventEmitter {
  private readonly client: grpc.Client & {
    streamEvents(metadata: grpc.Metadata, options?: grpc.CallOptions): Call;
  };
  private call: Call | undefined;
  private queue: JournaledEvent[] = [];
  private next = 0;
  private readonly inFlight = new Set<string>();
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  state: SenderState = 'idle';
  lastSent: { seq: number; at: Date } | undefined;
  lastAckedAt: Date | undefined;
  lastError: string | undefined;
  private readonly onAppended = (event: JournaledEvent) => {
    if (this.call) {
      this.queue.push(event);
      this.pump();
    }
  };

  constructor(
    private readonly journal: Journal,
    private readonly options: SenderOptions,
    private readonly logger: Logger,
  ) {
    super();
    const { EdgeIngressService } = edgeV1();
    this.client = new EdgeIngressService.Client(
      options.address,
      options.credentials ?? grpc.credentials.createInsecure(),
      {
        'grpc.keepalive_time_ms': 20_000,
        'grpc.keepalive_timeout_ms': 10_000,
        'grpc.keepalive_permit_without_calls': 1,
        'grpc.initial_reconnect_backoff_ms': 200,
        'grpc.max_reconnect_backoff_ms': 5_000,
      },
    ) as unknown as Sender['client'];
  }

  start(): void {
    if (this.state !== 'idle') return;
    this.journal.on('appended', this.onAppended);
    this.connect();
  }

  private setState(state: SenderState): void {
    if (this.state === state) return;
    this.state = state;
    this.emit('state', state);
  }

  private connect(): void {
    this.timer = undefined;
    if (this.state === 'stopped' || this.state === 'unauthenticated') return;
    this.setState('connecting');
    const metadata = new grpc.Metadata();
    metadata.set('x-site-id', this.options.siteId);
    metadata.set('x-site-key', this.options.siteKey);
    const call = this.client.streamEvents(metadata);
    this.call = call;
    this.queue = this.journal.unacked();
    this.next = 0;
    this.inFlight.clear();
    call.on('metadata', () => {
      if (this.call === call) this.setState('connected');
    });
    call.on('data', (response: edgeV1Types.StreamEventsResponse__Output) => {
      if (this.call !== call || !response.ack) return;
      this.onAck(response.ack.eventId);
    });
    call.on('error', (err: grpc.ServiceError) => this.onCallEnded(call, err));
    call.on('end', () => this.onCallEnded(call, undefined));
    call.on('status', (status: grpc.StatusObject) => {
      if (status.code !== grpc.status.OK) this.onCallEnded(call, status as unknown as grpc.ServiceError);
    });
    this.pump();
  }

  private onAck(eventId: string): void {
    if (this.state !== 'connected') this.setState('connected');
    this.attempt = 0;
    this.inFlight.delete(eventId);
    this.lastAckedAt = new Date();
    void this.journal.ack(eventId).then(
      (known) => {
        if (known) this.emit('acked', eventId);
      },
      (err: unknown) => this.logger.error({ err, eventId }, 'could not record an ack in the journal'),
    );
    this.pump();
  }

  private pump(): void {
    const call = this.call;
    if (!call) return;
    const window = this.options.window ?? 256;
    while (this.inFlight.size < window && this.next < this.queue.length) {
      const event = this.queue[this.next++]!;
      if (!this.journal.isPending(event.eventId) || this.inFlight.has(event.eventId)) continue;
      this.inFlight.add(event.eventId);
      call.write({ event: toProto(event) });
      this.lastSent = { seq: event.seq, at: new Date() };
    }
    if (this.next > 1024 && this.next * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.next);
      this.next = 0;
    }
  }

  /** Sends the agent's status on the open stream, if any (not journaled). */
  sendStatus(status: edgeV1Types.AgentStatus): boolean {
    if (!this.call || this.state !== 'connected') return false;
    this.call.write({ status });
    return true;
  }

  private onCallEnded(call: Call, err: grpc.ServiceError | undefined): void {
    if (this.call !== call) return;
    this.call = undefined;
    this.inFlight.clear();
    call.removeAllListeners('data');
    call.on('error', () => undefined);
    call.cancel();
    if (this.state === 'stopped') return;
    if (err && (err.code === grpc.status.UNAUTHENTICATED || err.code === grpc.status.PERMISSION_DENIED)) {
      this.lastError = `${grpc.status[err.code]}: ${err.details ?? err.message}`;
      this.logger.error(
        { code: grpc.status[err.code], details: err.details, siteId: this.options.siteId },
        'the platform refused the site key; not sending any more events (fix SITE_KEY and restart)',
      );
      this.setState('unauthenticated');
      this.emit('auth-failed', err);
      return;
    }
    this.lastError = err
      ? `${grpc.status[err.code] ?? err.code}: ${err.details ?? err.message}`
      : 'stream ended';
    const cap = Math.min(
      this.options.backoffMaxMs ?? 30_000,
      (this.options.backoffInitialMs ?? 200) * 2 ** Math.min(this.attempt, 20),
    );
    const delay = Math.round(Math.random() * cap);
    this.attempt += 1;
    // First failure and every 10th retry at warn: an outage of hours must not flood the log.
    const level = this.attempt === 1 || this.attempt % 10 === 0 ? 'warn' : 'debug';
    this.logger[level](
      { error: this.lastError, attempt: this.attempt, retryInMs: delay, queueDepth: this.journal.depth },
      'edge ingress stream lost; reconnecting',
    );
    this.setState('backoff');
    this.timer = setTimeout(() => this.connect(), delay);
  }

  /** Waits up to `timeoutMs` for every journaled event to be acked (used by stop to flush). */
  async flush(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.journal.depth > 0 && Date.now() < deadline && this.state !== 'unauthenticated') {
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.journal.depth === 0;
  }

  stop(): void {
    this.setState('stopped');
    this.journal.off('appended', this.onAppended);
    if (this.timer) clearTimeout(this.timer);
    const call = this.call;
    this.call = undefined;
    if (call) {
      call.on('error', () => undefined);
      call.end();
      call.cancel();
    }
    this.client.close();
  }
}
