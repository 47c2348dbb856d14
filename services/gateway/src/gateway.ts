import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Cache } from '@crm/cache';
import type { Logger } from '@crm/log';
import { createGatewayApp } from './app';
import { createDownstreamClients } from './clients/downstream-clients';
import type { GatewayConfig } from './config';
import { redisRateLimiter } from './http/rate-limiter';

/** Starts the gateway (port 0 picks a free one, for tests); stop() closes intake, then the clients. */
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
  return {
    port,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      clients.close();
      await cache.close();
    },
  };
}
