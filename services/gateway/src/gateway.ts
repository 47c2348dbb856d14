import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectBus } from '@crm/bus';
import { Cache } from '@crm/cache';
import type { Logger } from '@crm/log';
import { restCatalogue } from '@crm/rest';
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
 * Starts the gateway (port 0 picks a free one, for tests). Each part registers how to stop it; stop()
 * (or a failed start) runs them in reverse: intake first (edge ingress, live sockets, HTTP), then the
 * live feed, the one NATS connection, the clients and Redis.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  overrides: { live?: Partial<LiveOptions> } = {},
) {
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  try {
    const cache = await Cache.connect(config.REDIS_URL, config.REDIS_PREFIX);
    stops.push(() => cache.close());
    const clients = createDownstreamClients(config);
    stops.push(() => clients.close());
    const services = createServiceClients(restCatalogue().operations, config.serviceAddresses, {
      healthCheckedElsewhere: Object.keys(clients.health),
    });
    stops.push(() => services.close());
    // One NATS connection for everything the gateway publishes (edge, Twilio) and reads (live feed).
    const bus = config.NATS_URL
      ? await connectBus({ url: config.NATS_URL, name: 'gateway', namespace: config.NATS_NAMESPACE })
      : undefined;
    if (bus) stops.push(() => bus.close());
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
      stops.push(() => feed.stop());
    }
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(config.HTTP_PORT, () => resolve(s));
    });
    stops.push(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    });
    const live = new LiveServer(server, {
      hub: liveHub,
      publicKeyPem: config.JWT_PUBLIC_KEY,
      heartbeatMs: liveOptions.heartbeatMs,
      logger: logger.child({ component: 'live' }),
      extensionOf: clients.identity && identityExtensionLookup(clients.identity.auth, logger),
    });
    stops.push(() => live.stop());
    const port = (server.address() as AddressInfo).port;
    logger.info({ port }, 'gateway listening');

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
      const ingress = edge;
      stops.push(() => ingress.stop());
      // A revoked (or rotated) site key is refused as soon as identity says so, not when the cache expires.
      const revocations = SiteRevocations.start(bus!, {
        onChange: (siteId, change) => ingress.siteKeyChanged(siteId, change),
        logger: logger.child({ component: 'site-revocations' }),
      });
      stops.push(() => revocations.stop());
    }
    return {
      port,
      /** The edge ingress's gRPC port, when it runs (EDGE_GRPC_PORT set). */
      edgePort: edge?.port,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
