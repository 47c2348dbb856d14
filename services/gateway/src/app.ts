import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Cache } from '@crm/cache';
import type { Logger } from '@crm/log';
import { restCatalogue, type RestCatalogue } from '@crm/rest';
import type { DownstreamClients } from './clients/downstream-clients';
import type { ServiceClients } from './clients/service-clients';
import type { GatewayConfig } from './config';
import type { EdgePublisher } from './edge/edge-publisher';
import type { ApiRoute } from './http/api-route';
import { apiDocsRoutes } from './http/api-docs';
import { createMetrics } from './http/metrics';
import { openApiDocument } from './http/openapi';
import { portalRoutes } from './http/portal-static';
import { notFoundHandler, problemHandler } from './http/problem.middleware';
import type { RateLimiter } from './http/rate-limiter';
import { requestContext } from './http/request-context.middleware';
import { requestTextGuard } from './http/request-text.middleware';
import { mountRoutes } from './http/route-mount';
import { customersRoutes } from './routes/customers.routes';
import { healthRoutes } from './routes/health.routes';
import { authRoutes } from './routes/auth.routes';
import { sitesStatusRoutes, type SitesStatusDeps } from './routes/sites-status.routes';
import { twilioVoiceRoutes } from './twilio/twilio-voice.routes';

/**
 * The hand-written REST routes (validation, permission, OpenAPI declared beside each); the rest of
 * the API is transcoded from the declarations in proto/ (restCatalogue()).
 */
export function apiRoutes(clients: DownstreamClients, sites: SitesStatusDeps = {}): ApiRoute[] {
  return [...authRoutes(clients), ...sitesStatusRoutes(clients, sites), ...customersRoutes(clients)];
}

/** The OpenAPI document the gateway serves (and `npm run api:gen` writes to docs/api/). */
export function gatewayOpenApi(routes: ApiRoute[], catalogue: RestCatalogue = restCatalogue()) {
  return openApiDocument(routes, { title: 'CRM API', version: '1' }, catalogue);
}

/** The Express application: middleware order is the security order (ids → headers → body → auth → routes). */
export function createGatewayApp(
  config: GatewayConfig,
  deps: {
    clients: DownstreamClients;
    /** The clients of the transcoded operations (one channel per service). */
    services: ServiceClients;
    /** The REST operations declared in proto/ (a fixture's in tests). */
    catalogue?: RestCatalogue;
    rateLimiter: RateLimiter;
    logger: Logger;
    /** Publishes edge/telephony events; the Twilio webhook is mounted only with it and TWILIO_AUTH_TOKEN. */
    edgePublisher?: EdgePublisher;
    /** The gateway's Redis (agent statuses of the site routes). */
    cache?: Cache;
  },
): Express {
  const app = express();
  const metrics = createMetrics();
  const catalogue = deps.catalogue ?? restCatalogue();
  const routes = apiRoutes(deps.clients, { cache: deps.cache, edgePublisher: deps.edgePublisher });
  const openApi = gatewayOpenApi(routes, catalogue);
  const origins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);

  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.use(requestContext());
  app.use(metrics.middleware);
  // helmet's defaults, less `upgrade-insecure-requests`: a branch server reached over plain http on
  // the LAN would otherwise get a blank portal (every asset rewritten to https).
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(
    cors({
      origin: origins.length > 0 ? origins : false,
      credentials: true,
      exposedHeaders: ['X-Request-Id', 'Retry-After'],
    }),
  );

  app.use(healthRoutes({ ...deps.services.health, ...deps.clients.health }));
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use(apiDocsRoutes('/api/v1/openapi.json'));
  app.use('/api/v1', requestTextGuard({ bodyLimit: config.REQUEST_BODY_LIMIT }));
  // Twilio posts forms, signed: its own parser, before (and instead of) the JSON body parser.
  if (config.TWILIO_AUTH_TOKEN && config.TWILIO_WEBHOOK_BASE_URL && deps.edgePublisher)
    app.use(
      twilioVoiceRoutes(
        {
          authToken: config.TWILIO_AUTH_TOKEN,
          webhookBaseUrl: config.TWILIO_WEBHOOK_BASE_URL,
          numbers: config.TWILIO_NUMBER_BRANCHES ?? {},
          greeting: config.TWILIO_GREETING_ZH,
          bodyLimit: config.REQUEST_BODY_LIMIT,
        },
        {
          publisher: deps.edgePublisher,
          rateLimiter: deps.rateLimiter,
          logger: deps.logger.child({ component: 'twilio-voice' }),
        },
      ),
    );
  app.use(
    '/api/v1',
    express.json({ limit: config.REQUEST_BODY_LIMIT, strict: true }),
    mountRoutes(routes, {
      publicKeyPem: config.JWT_PUBLIC_KEY,
      rateLimiter: deps.rateLimiter,
      transcoded: { operations: catalogue.operations, clients: deps.services },
      codecs: catalogue.codecs,
    }),
  );
  app.use(portalRoutes(config.PORTAL_DIR));

  app.use(notFoundHandler());
  app.use(problemHandler(deps.logger, { renderDetail: (value) => catalogue.codecs.renderDetail(value) }));
  return app;
}
