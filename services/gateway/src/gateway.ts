import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Cache } from '@crm/cache';
import type { Logger } from '@crm/log';
import { createGatewayApp } from './app';
import { createDownstreamClients } from './clients/downstream-clients';
import type { GatewayConfig } from './config';
import { EdgeIngress } from './edge/edge-ingress';
import { EdgePublisher } from './edge/edge-publisher';
import { redisRateLimiter } from './http/rate-limiter';
import { liveOptionsFrom, type LiveOptions } from './live/live-config';
import { LiveFeed } from './live/live-feed';
import { LiveHub } from './live/live-hub';
import { LiveServer } from './live/live-server';

/**
 * Starts the gateway (port 0 picks a free one, for tests); stop() closes intake (HTTP and the edge
 * ingress, the live sockets), then the live feed, the NATS publisher and the clients.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  overrides: { live?: Partial<LiveOptions> } = {},
) {
  const cache = await Cache.connect(config.REDIS_URL, 'gateway');
  // One JetStream publisher for edge events, shared by the edge ingress and the Twilio webhook.
  let edgePublisher: EdgePublisher | undefined;
  if (config.NATS_URL && (config.EDGE_GRPC_PORT !== undefined || config.TWILIO_AUTH_TOKEN)) {
    try {
      edgePublisher = await EdgePublisher.connect({
        natsUrl: config.NATS_URL,
        natsNamespace: config.NATS_NAMESPACE,
        name: 'gateway-edge',
      });
    } catch (err) {
      await cache.close();
      throw err;
    }
  }
  const clients = createDownstreamClients(config);
  const rateLimiter = redisRateLimiter(cache, {
    login: config.RATE_LIMIT_LOGIN_PER_MINUTE,
    api: config.RATE_LIMIT_API_PER_MINUTE,
  });
  const app = createGatewayApp(config, { clients, rateLimiter, logger, edgePublisher });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.HTTP_PORT, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, 'gateway listening');
  // Live push (/api/v1/live): the WebSocket endpoint, fed from CRM_CUSTOMERS when NATS is configured.
  const liveOptions = { ...liveOptionsFrom(config), ...overrides.live };
  const liveHub = new LiveHub({ replayMs: liveOptions.replayMs });
  const live = new LiveServer(server, {
    hub: liveHub,
    publicKeyPem: config.JWT_PUBLIC_KEY,
    heartbeatMs: liveOptions.heartbeatMs,
    logger: logger.child({ component: 'live' }),
  });
  let liveFeed: LiveFeed | undefined;
  if (config.NATS_URL) {
    try {
      liveFeed = await LiveFeed.start(
        { natsUrl: config.NATS_URL, natsNamespace: config.NATS_NAMESPACE, replayMs: liveOptions.replayMs },
        { hub: liveHub, logger: logger.child({ component: 'live-feed' }) },
      );
    } catch (err) {
      await live.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await edgePublisher?.close();
      clients.close();
      await cache.close();
      throw err;
    }
  }
  let edge: EdgeIngress | undefined;
  if (config.EDGE_GRPC_PORT !== undefined) {
    try {
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
    } catch (err) {
      await live.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await liveFeed?.stop();
      await edgePublisher?.close();
      clients.close();
      await cache.close();
      throw err;
    }
  }
  return {
    port,
    /** The edge ingress's gRPC port, when it runs (EDGE_GRPC_PORT set). */
    edgePort: edge?.port,
    async stop() {
      await edge?.stop();
      await live.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await liveFeed?.stop();
      await edgePublisher?.close();
      clients.close();
      await cache.close();
    },
  };
}
