import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectBus } from '@crm/bus';
import { Cache } from '@crm/cache';
import type { Logger } from '@crm/log';
import { restCatalogue } from '@crm/rest';
import { startWithLifecycle } from '@crm/runtime';
import { createGatewayApp } from './app';
import { createDownstreamClients } from './clients/downstream-clients';
import { createServiceClients } from './clients/service-clients';
import type { GatewayConfig } from './config';
import { EdgeIngress } from './edge/edge-ingress';
import { EdgePublisher } from './edge/edge-publisher';
import { SiteRevocations } from './edge/site-revocations';
import { redisRateLimiter } from './http/rate-limiter';
import { liveOptionsFrom, type LiveOptions } from './live/live-config';
import { identityExtensionLookup } from './live/live-extension';
import { LiveFeed } from './live/live-feed';
import { LiveHub } from './live/live-hub';
import { LiveServer } from './live/live-server';

/**
 * Starts the gateway (port 0 picks a free one, for tests). Each part is owned by the lifecycle as it
 * starts; stop() (or a failed start) stops them in reverse: intake first (edge ingress, live
 * sockets, HTTP), then the live feed, the one NATS connection, the clients and Redis.
 */
export function startGateway(
  config: GatewayConfig,
  logger: Logger,
  overrides: { live?: Partial<LiveOptions> } = {},
) {
  return startWithLifecycle(logger, async (life) => {
    const cache = life.own('Redis', await Cache.connect(config.REDIS_URL, config.REDIS_PREFIX), (c) =>
      c.close(),
    );
    const clients = life.own('gRPC clients', createDownstreamClients(config), (c) => c.close());
    const services = life.own(
      'transcoded services’ clients',
      createServiceClients(restCatalogue().operations, config.serviceAddresses, {
        healthCheckedElsewhere: Object.keys(clients.health),
      }),
      (c) => c.close(),
    );
    // One NATS connection for everything the gateway publishes (edge, Twilio) and reads (live feed).
    const bus = config.NATS_URL
      ? life.own(
          'NATS',
          await connectBus({ url: config.NATS_URL, name: 'gateway', namespace: config.NATS_NAMESPACE }),
          (b) => b.close(),
        )
      : undefined;
    const edgePublisher = bus ? new EdgePublisher(bus) : undefined;

    const rateLimiter = redisRateLimiter(cache, {
      login: config.RATE_LIMIT_LOGIN_PER_MINUTE,
      api: config.RATE_LIMIT_API_PER_MINUTE,
      twilio: config.RATE_LIMIT_TWILIO_PER_MINUTE,
    });
    const app = createGatewayApp(config, { clients, services, rateLimiter, logger, edgePublisher, cache });
    const liveOptions = { ...liveOptionsFrom(config), ...overrides.live };
    const liveHub = new LiveHub({ replayMs: liveOptions.replayMs });
    if (bus) {
      // Live push (/api/v1/live) is fed from CRM_CUSTOMERS.
      const feed = await LiveFeed.start(
        bus,
        { replayMs: liveOptions.replayMs },
        { hub: liveHub, logger: logger.child({ component: 'live-feed' }) },
      );
      life.own('live feed', feed, (f) => f.stop());
    }
    // Express 5 calls back with the error when the port cannot be bound.
    const server: Server = await new Promise((resolve, reject) => {
      const s = app.listen(config.HTTP_PORT, config.HTTP_HOST, (err?: Error) =>
        err ? reject(err) : resolve(s),
      );
    });
    life.own('HTTP server', server, async (s) => {
      await new Promise<void>((resolve) => s.close(() => resolve()));
      s.closeAllConnections();
    });
    const live = new LiveServer(server, {
      hub: liveHub,
      publicKeyPem: config.JWT_PUBLIC_KEY,
      heartbeatMs: liveOptions.heartbeatMs,
      logger: logger.child({ component: 'live' }),
      extensionOf: clients.identity && identityExtensionLookup(clients.identity.auth, logger),
    });
    life.own('live sockets', live, (l) => l.stop());
    const port = (server.address() as AddressInfo).port;
    logger.info({ host: config.HTTP_HOST, port }, 'gateway listening');

    let edge: EdgeIngress | undefined;
    if (config.EDGE_GRPC_PORT !== undefined) {
      // The config schema requires NATS_URL and IDENTITY_ADDR with EDGE_GRPC_PORT.
      edge = await EdgeIngress.start(
        {
          port: config.EDGE_GRPC_PORT,
          siteKeyCacheSeconds: config.SITE_KEY_CACHE_SECONDS,
          agentStatusTtlSeconds: config.AGENT_STATUS_TTL_SECONDS,
        },
        {
          cache,
          sites: clients.identity!.sites,
          logger: logger.child({ component: 'edge-ingress' }),
          publisher: edgePublisher!,
        },
      );
      const ingress = life.own('edge ingress', edge, (e) => e.stop());
      // A revoked (or rotated) site key is refused as soon as identity says so, not when the cache expires.
      life.own(
        'site revocations',
        SiteRevocations.start(bus!, {
          onChange: (siteId, change) => ingress.siteKeyChanged(siteId, change),
          logger: logger.child({ component: 'site-revocations' }),
        }),
        (r) => r.stop(),
      );
    }
    return {
      port,
      /** The edge ingress's gRPC port, when it runs (EDGE_GRPC_PORT set). */
      edgePort: edge?.port,
    };
  });
}
