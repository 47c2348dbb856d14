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

/**
 * Starts the gateway (port 0 picks a free one, for tests); stop() closes intake (HTTP and the edge
 * ingress), then the NATS publisher and the clients.
 */
export async function startGateway(config: GatewayConfig, logger: Logger) {
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
      await new Promise<void>((resolve) => server.close(() => resolve()));
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
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await edgePublisher?.close();
      clients.close();
      await cache.close();
    },
  };
}
