import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from '@crm/log';
import type { DownstreamClients } from './clients/downstream-clients';
import type { GatewayConfig } from './config';
import { authenticate, devAuthenticator, rejectAll } from './http/authenticate.middleware';
import { createMetrics } from './http/metrics';
import { notFoundHandler, problemHandler } from './http/problem.middleware';
import { requestContext } from './http/request-context.middleware';
import { analyticsRoutes } from './routes/analytics.routes';
import { customersRoutes } from './routes/customers.routes';
import { healthRoutes } from './routes/health.routes';

/** The Express application: middleware order is the security order (ids → headers → body → auth → routes). */
export function createGatewayApp(config: GatewayConfig, clients: DownstreamClients, logger: Logger): Express {
  const app = express();
  const metrics = createMetrics();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestContext());
  app.use(metrics.middleware);
  app.use(helmet());

  app.use(healthRoutes(clients));
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const api = express.Router();
  api.use(express.json({ limit: config.REQUEST_BODY_LIMIT, strict: true }));
  api.use(authenticate(config.AUTH_MODE === 'dev' ? devAuthenticator : rejectAll));
  api.use('/customers', customersRoutes(clients));
  api.use('/analytics', analyticsRoutes(clients));
  app.use('/api/v1', api);

  app.use(notFoundHandler());
  app.use(problemHandler(logger));
  return app;
}
