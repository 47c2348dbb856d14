import * as grpc from '@grpc/grpc-js';
import { newEvent } from '@crm/bus';
import type { Cache } from '@crm/cache';
import { GrpcServer, implement } from '@crm/grpc';
import type { Logger } from '@crm/log';
import { edgeV1, type edgeV1Types } from '@crm/proto';
import type { IdentityClients } from '../clients/downstream-clients';
import type { EdgePublisher } from './edge-publisher';
import { SiteKeyError, SiteVerifier, type VerifiedSite } from './site-verifier';

type Request = edgeV1Types.StreamEventsRequest__Output;
type Response = edgeV1Types.StreamEventsResponse;
type EdgeEvent = edgeV1Types.EdgeEvent__Output;
type Stream = grpc.ServerDuplexStream<Request, Response>;
type PayloadKind = NonNullable<EdgeEvent['payload']>;

/** The bus subject (un-namespaced) of each kind of edge event. */
export const EDGE_SUBJECTS: Record<PayloadKind, string> = {
  cardTapped: 'crm.edge.card.tapped',
  cardRemoved: 'crm.edge.card.removed',
  callRinging: 'crm.edge.call.ringing',
  callAnswered: 'crm.edge.call.answered',
  callEnded: 'crm.edge.call.ended',
};

/**
 * Events of one stream being stored at the same time (their acks still go out in order). The agent
 * sends up to its SEND_WINDOW unacked events; beyond this many, an event waits for an earlier ack.
 */
const EVENTS_IN_FLIGHT = 64;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface EdgeIngressOptions {
  port: number;
  siteKeyCacheSeconds: number;
  /** How long the last AgentStatus of a site is kept in Redis (default one day). */
  agentStatusTtlSeconds?: number;
  /** How long an acked event id is remembered in Redis beyond JetStream's duplicate window (default 7 days). */
  ackedTtlSeconds?: number;
}

export interface EdgeIngressDeps {
  cache: Cache;
  sites: IdentityClients['sites'];
  logger: Logger;
  /** Where events go (JetStream); shared with the Twilio webhook, owned (and closed) by the caller. */
  publisher: EdgePublisher;
}

class StreamError extends Error {
  constructor(
    readonly code: grpc.status,
    message: string,
  ) {
    super(message);
  }
}

/** What the ingress keeps in Redis of the last AgentStatus of a site (read by GET /sites/:id/status). */
export interface StoredAgentStatus {
  siteId: string;
  branchId: string;
  queueDepth: number;
  lastSentSeq: number;
  lastSentAt: string | null;
  lastAckedAt: string | null;
  oldestUnackedAt: string | null;
  reportedAt: string | null;
  agentVersion: string;
  drivers: { name: string; healthy: boolean; detail: string }[];
  readers: { kind: string; name: string; desk: string; connected: boolean }[];
  /** 0 from agents that do not say. */
  statusIntervalMs: number;
  receivedAt: string;
}

/** Redis name of the last status an agent reported (for the site pages). */
export const agentStatusKey = (siteId: string) => `edge:agent-status:${siteId}`;
const ackedKey = (eventId: string) => `edge:acked:${eventId}`;

/** The event's payload fields, with the site and seq. */
function payloadOf(event: EdgeEvent, kind: PayloadKind, site: VerifiedSite) {
  return { siteId: site.siteId, seq: Number(event.seq), ...(event[kind] ?? {}) };
}

function occurredAtOf(event: EdgeEvent): string | undefined {
  const t = Date.parse(event.occurredAt);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/**
 * The gRPC edge ingress (crm.edge.v1.EdgeIngressService): one bidirectional stream per site agent,
 * authenticated with `x-site-id` / `x-site-key` (checked with identity, cached briefly). Every event is
 * published to JetStream (`crm.edge.…`, with the event id as Nats-Msg-Id, so a resend is stored once)
 * and acked only after JetStream acked it. Events of one stream are published in the order they came
 * and acked in that order, but not one at a time: an event's publish starts without waiting for the
 * JetStream ack of the one before, so a busy site is not held to one JetStream round trip per event.
 */
export class EdgeIngress {
  private readonly server: GrpcServer;
  private readonly verifier: SiteVerifier;
  private readonly streams = new Map<Stream, { done: Promise<void>; siteId: string }>();
  private stopping = false;
  port = 0;

  private constructor(
    private readonly options: EdgeIngressOptions,
    private readonly deps: EdgeIngressDeps,
  ) {
    this.verifier = new SiteVerifier(deps.sites, deps.cache, options.siteKeyCacheSeconds);
    const { EdgeIngressService } = edgeV1();
    this.server = new GrpcServer().add(
      implement(EdgeIngressService, { StreamEvents: (stream: Stream) => this.onStream(stream) }),
    );
  }

  /** Listens (publishing through `deps.publisher`, already connected). */
  static async start(options: EdgeIngressOptions, deps: EdgeIngressDeps): Promise<EdgeIngress> {
    const ingress = new EdgeIngress(options, deps);
    ingress.port = await ingress.server.start(options.port);
    deps.logger.info({ port: ingress.port }, 'edge ingress listening');
    return ingress;
  }

  /** Stops intake, lets every stream finish the events it has received, then ends the streams (the caller closes the publisher). */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.server.setServing(false);
    const open = [...this.streams.entries()];
    await Promise.all(
      open.map(async ([stream, state]) => {
        await state.done;
        this.fail(stream, new StreamError(grpc.status.UNAVAILABLE, 'the gateway is shutting down'));
      }),
    );
    await this.server.stop(2000);
  }

  /**
   * A site was revoked or its key rotated (identity's event): forgets its cached verifications and ends
   * its open streams at once, so no further event of it is accepted on an old verification. Revoked:
   * UNAUTHENTICATED (the agent stops and reports it). Rotated: UNAVAILABLE, so the agent reconnects and
   * its key is checked afresh (refused if it is the old one).
   */
  async siteKeyChanged(siteId: string, change: 'revoked' | 'key_rotated'): Promise<void> {
    await this.verifier.forget(siteId);
    const err =
      change === 'revoked'
        ? new StreamError(grpc.status.UNAUTHENTICATED, 'the site was revoked')
        : new StreamError(grpc.status.UNAVAILABLE, 'the site key was rotated; reconnect');
    for (const [stream, state] of [...this.streams]) if (state.siteId === siteId) this.fail(stream, err);
    this.deps.logger.info({ siteId, change }, 'site key changed: cached verification dropped, streams ended');
  }

  private fail(stream: Stream, err: StreamError): void {
    if (!this.streams.has(stream)) return;
    this.streams.delete(stream);
    stream.emit('error', { code: err.code, details: err.message });
  }

  private onStream(stream: Stream): void {
    const { logger } = this.deps;
    if (this.stopping) {
      stream.emit('error', { code: grpc.status.UNAVAILABLE, details: 'the gateway is shutting down' });
      return;
    }
    const first = (name: string) => {
      const v = stream.metadata.get(name)[0];
      return typeof v === 'string' ? v : '';
    };
    const siteId = first('x-site-id');
    const siteKey = first('x-site-key');
    const state = { done: Promise.resolve(), siteId };
    this.streams.set(stream, state);
    let site: VerifiedSite | undefined;
    let verifiedAt = 0;
    // Acks go out in one chain, in the order the events came; an event's work (Redis, JetStream)
    // starts as soon as it arrives, beside the work of the events before it (see accept()).
    const enqueue = (step: () => Promise<void>) => {
      state.done = state.done.then(async () => {
        if (!this.streams.has(stream)) return;
        try {
          await step();
        } catch (err) {
          const e =
            err instanceof StreamError
              ? err
              : new StreamError(
                  grpc.status.UNAVAILABLE,
                  `could not accept the event: ${(err as Error).message}`,
                );
          if (e.code === grpc.status.UNAVAILABLE) logger.warn({ err, siteId }, 'edge stream failed');
          else logger.info({ siteId, code: grpc.status[e.code], reason: e.message }, 'edge stream refused');
          this.fail(stream, e);
        }
      });
    };
    let verifying: Promise<VerifiedSite> | undefined;
    /** The verified site; checked again (once, for every event waiting) when the cached answer is stale. */
    const verified = (): Promise<VerifiedSite> => {
      if (site && Date.now() - verifiedAt < this.options.siteKeyCacheSeconds * 1000)
        return Promise.resolve(site);
      verifying ??= this.verifier.verify(siteId, siteKey).then(
        (v) => {
          site = v;
          verifiedAt = Date.now();
          verifying = undefined;
          return v;
        },
        (err: unknown) => {
          verifying = undefined;
          if (err instanceof SiteKeyError)
            throw new StreamError(
              err.refused ? grpc.status.UNAUTHENTICATED : grpc.status.UNAVAILABLE,
              err.message,
            );
          throw err;
        },
      );
      return verifying;
    };
    enqueue(async () => {
      await verified();
      stream.sendMetadata(new grpc.Metadata());
      logger.info({ siteId, branchId: site?.branchId, peer: stream.getPeer() }, 'edge agent connected');
    });
    // The publishes of one stream are issued in arrival order (JetStream stores them in that order):
    // `issued` settles once the latest event has handed its publish to the connection, or rejects
    // when it failed before that, so that no later event of the stream is published either.
    let issued: Promise<void> = Promise.resolve();
    // Acks not written yet, oldest first; an event beyond EVENTS_IN_FLIGHT waits for an earlier one.
    const unacked: Promise<void>[] = [];
    stream.on('data', (request: Request) => {
      if (request.status) {
        const status = request.status;
        enqueue(async () => this.onStatus(await verified(), status));
        return;
      }
      const event = request.event;
      if (!event) return;
      const before = issued;
      let issue!: { resolve: () => void; reject: (err: unknown) => void };
      issued = new Promise<void>((resolve, reject) => (issue = { resolve, reject }));
      issued.catch(() => undefined); // reported through the ack chain
      const room =
        unacked.length >= EVENTS_IN_FLIGHT ? unacked[unacked.length - EVENTS_IN_FLIGHT] : undefined;
      const work = (async () => {
        try {
          await room;
          // A key revoked while the stream is open stops working once the cached answer is stale.
          const verifiedSite = await verified();
          await this.accept(
            verifiedSite,
            event,
            async () => {
              await before;
              if (!this.streams.has(stream)) throw new StreamError(grpc.status.CANCELLED, 'stream ended');
            },
            issue.resolve,
          );
        } catch (err) {
          issue.reject(err);
          throw err;
        }
      })();
      work.catch(() => undefined); // reported through the ack chain, in order
      let acked!: () => void;
      const ackWritten = new Promise<void>((resolve) => (acked = resolve));
      unacked.push(ackWritten);
      enqueue(async () => {
        try {
          await work;
          await this.writeAck(stream, event.eventId);
        } finally {
          unacked.splice(unacked.indexOf(ackWritten), 1);
          acked();
        }
      });
    });
    stream.on('end', () => {
      enqueue(async () => {
        this.streams.delete(stream);
        stream.end();
      });
    });
    stream.on('error', () => this.streams.delete(stream));
    stream.on('cancelled', () => this.streams.delete(stream));
    stream.on('close', () => this.streams.delete(stream));
  }

  /**
   * Stores one event in JetStream unless Redis remembers it as acked; resolves once JetStream has it
   * and Redis remembers it. `before` resolves when the previous event of the stream has issued its
   * publish (and rejects when it failed); `issuedNow` is called once this one has, or will not publish.
   */
  private async accept(
    site: VerifiedSite,
    event: EdgeEvent,
    before: () => Promise<void>,
    issuedNow: () => void,
  ): Promise<void> {
    const { cache } = this.deps;
    if (event.siteId !== site.siteId)
      throw new StreamError(
        grpc.status.INVALID_ARGUMENT,
        `event ${event.eventId} is not of site ${site.siteId}`,
      );
    if (!uuidPattern.test(event.eventId))
      throw new StreamError(grpc.status.INVALID_ARGUMENT, `event id '${event.eventId}' is not a UUID`);
    const kind = event.payload;
    if (!kind) throw new StreamError(grpc.status.INVALID_ARGUMENT, `event ${event.eventId} has no payload`);
    // Beyond JetStream's duplicate window, Redis remembers what was acked. The EXISTS of this event
    // and the SET of an earlier one share a round trip (node-redis pipelines concurrent commands).
    const seen = (await cache.client.exists(cache.key(ackedKey(event.eventId)))) === 1;
    await before();
    if (seen) return issuedNow();
    const envelope = newEvent(
      EDGE_SUBJECTS[kind],
      site.branchId,
      { kind: 'site', userId: site.siteId },
      payloadOf(event, kind, site),
    );
    envelope.id = event.eventId;
    envelope.occurredAt = occurredAtOf(event) ?? envelope.occurredAt;
    const stored = this.deps.publisher.publish(envelope);
    issuedNow();
    await stored;
    await cache.client.set(cache.key(ackedKey(event.eventId)), '1', {
      EX: this.options.ackedTtlSeconds ?? 7 * 86_400,
    });
  }

  private writeAck(stream: Stream, eventId: string): Promise<void> {
    return new Promise<void>((resolve, reject) =>
      stream.write({ ack: { eventId } }, (err?: Error | null) => (err ? reject(err) : resolve())),
    );
  }

  private async onStatus(site: VerifiedSite, status: edgeV1Types.AgentStatus__Output): Promise<void> {
    const { cache, logger } = this.deps;
    if (status.siteId && status.siteId !== site.siteId) {
      logger.warn({ siteId: site.siteId, reported: status.siteId }, 'agent status of another site ignored');
      return;
    }
    const drivers = status.drivers.map((d) => ({ name: d.name, healthy: d.healthy, detail: d.detail }));
    logger.info(
      {
        siteId: site.siteId,
        queueDepth: status.queueDepth,
        lastSentSeq: status.lastSentSeq,
        oldestUnackedAt: status.oldestUnackedAt || undefined,
        agentVersion: status.agentVersion,
        unhealthyDrivers: drivers.filter((d) => !d.healthy).map((d) => d.name),
      },
      'edge agent status',
    );
    await cache.setJson(
      agentStatusKey(site.siteId),
      {
        siteId: site.siteId,
        branchId: site.branchId,
        queueDepth: status.queueDepth,
        lastSentSeq: Number(status.lastSentSeq),
        lastSentAt: status.lastSentAt || null,
        lastAckedAt: status.lastAckedAt || null,
        oldestUnackedAt: status.oldestUnackedAt || null,
        reportedAt: status.reportedAt || null,
        agentVersion: status.agentVersion,
        drivers,
        readers: status.readers.map((r) => ({
          kind: r.kind,
          name: r.name,
          desk: r.desk,
          connected: r.connected,
        })),
        statusIntervalMs: status.statusIntervalMs,
        receivedAt: new Date().toISOString(),
      } satisfies StoredAgentStatus,
      this.options.agentStatusTtlSeconds ?? 86_400,
    );
  }
}
