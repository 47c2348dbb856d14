import * as grpc from '@grpc/grpc-js';
import { newEvent } from '@crm/bus';
import type { Cache } from '@crm/cache';
import { GrpcServer } from '@crm/grpc';
import type { Logger } from '@crm/log';
import { edgeV1, loadDefinition, type edgeV1Types } from '@crm/proto';
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
 * and acked only after JetStream acked it. Events of one stream are handled in order.
 */
export class EdgeIngress {
  private readonly server: GrpcServer;
  private readonly verifier: SiteVerifier;
  private readonly streams = new Map<Stream, { done: Promise<void> }>();
  private stopping = false;
  port = 0;

  private constructor(
    private readonly options: EdgeIngressOptions,
    private readonly deps: EdgeIngressDeps,
  ) {
    this.verifier = new SiteVerifier(deps.sites, deps.cache, options.siteKeyCacheSeconds);
    const { EdgeIngressService } = edgeV1();
    this.server = new GrpcServer([loadDefinition('crm/edge/v1/edge.proto')]).addService(
      EdgeIngressService.service,
      { StreamEvents: (stream: Stream) => this.onStream(stream) },
      'crm.edge.v1.EdgeIngressService',
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
    const state = { done: Promise.resolve() };
    this.streams.set(stream, state);
    let site: VerifiedSite | undefined;
    let verifiedAt = 0;
    // Everything happens in one chain, so events are published and acked in the order they came.
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
    const authenticate = async () => {
      try {
        site = await this.verifier.verify(siteId, siteKey);
        verifiedAt = Date.now();
      } catch (err) {
        if (err instanceof SiteKeyError)
          throw new StreamError(
            err.refused ? grpc.status.UNAUTHENTICATED : grpc.status.UNAVAILABLE,
            err.message,
          );
        throw err;
      }
    };
    enqueue(async () => {
      await authenticate();
      stream.sendMetadata(new grpc.Metadata());
      logger.info({ siteId, branchId: site?.branchId, peer: stream.getPeer() }, 'edge agent connected');
    });
    stream.on('data', (request: Request) => {
      enqueue(async () => {
        // A key revoked while the stream is open stops working once the cached answer is stale.
        if (Date.now() - verifiedAt >= this.options.siteKeyCacheSeconds * 1000) await authenticate();
        if (request.event) await this.onEvent(stream, site!, request.event);
        else if (request.status) await this.onStatus(site!, request.status);
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

  private async onEvent(stream: Stream, site: VerifiedSite, event: EdgeEvent): Promise<void> {
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
    // Beyond JetStream's duplicate window, Redis remembers what was acked.
    if ((await cache.client.exists(cache.key(ackedKey(event.eventId)))) === 0) {
      const type = EDGE_SUBJECTS[kind];
      const envelope = newEvent(
        type,
        site.branchId,
        { kind: 'site', userId: site.siteId },
        payloadOf(event, kind, site),
      );
      envelope.id = event.eventId;
      envelope.occurredAt = occurredAtOf(event) ?? envelope.occurredAt;
      await this.deps.publisher.publish(envelope);
      await cache.client.set(cache.key(ackedKey(event.eventId)), '1', {
        EX: this.options.ackedTtlSeconds ?? 7 * 86_400,
      });
    }
    await new Promise<void>((resolve, reject) =>
      stream.write({ ack: { eventId: event.eventId } }, (err?: Error | null) =>
        err ? reject(err) : resolve(),
      ),
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
        receivedAt: new Date().toISOString(),
      },
      this.options.agentStatusTtlSeconds ?? 86_400,
    );
  }
}
