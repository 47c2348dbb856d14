import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@crm/log';
import { createGatewayApp } from './app';
import { createDownstreamClients } from './clients/downstream-clients';
import type { GatewayConfig } from './config';

/** Starts the gateway (port 0 picks a free one, for tests); stop() closes intake, then the clients. */
export async function startGateway(config: GatewayConfig, logger: Logger) {
  const clients = createDownstreamClients(config);
  const app = createGatewayApp(config, clients, logger);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.HTTP_PORT, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, authMode: config.AUTH_MODE }, 'gateway listening');
  return {
    port,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      clients.close();
    },
  };
}
