import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Cache } from '@crm/cache';
import type { Logger } from '@crm/log';
import { createGatewayApp } from './app';
import { createDownstreamClients } from './clients/downstream-clients';
import type { GatewayConfig } from './config';
import { EdgeIngress } from './edge/edge-ingress';
import { redisRateLimiter } from './http/rate-limiter';

/** Starts the gateway (port 0 picks a free one, for tests); stop() closes intake (HTTP and the edge ingress), then the clients. */
export async function startGateway(config: GatewayConfig, logger: Logger) {
  const cache = await Cache.connect(config.REDIS_URL, 'gateway');
  const clients = createDownstreamClients(config);
  const rateLimiter = redisRateLimiter(cache, {
    login: config.RATE_LIMIT_LOGIN_PER_MINUTE,
    api: config.RATE_LIMIT_API_PER_MINUTE,
  });
  const app = createGatewayApp(config, { clients, rateLimiter, logger });
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
          natsUrl: config.NATS_URL!,
          natsNamespace: config.NATS_NAMESPACE,
          siteKeyCacheSeconds: config.SITE_KEY_CACHE_SECONDS,
          agentStatusTtlSeconds: config.AGENT_STATUS_TTL_SECONDS,
        },
        { cache, sites: clients.identity!.sites, logger: logger.child({ component: 'edge-ingress' }) },
      );
    } catch (err) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
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
      clients.close();
      await cache.close();
    },
  };
}
