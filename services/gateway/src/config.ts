import { env, loadConfig, z } from '@crm/config';

export const gatewayConfigSchema = z.object({
  LOG_LEVEL: env.logLevel(),
  HTTP_PORT: env.port(8080),
  CUSTOMERS_ADDR: env.address(),
  ANALYTICS_ADDR: env.address(),
  /** Optional until every deployment runs the identity service; without it the auth routes answer 503. */
  IDENTITY_ADDR: env.address().optional(),
  REDIS_URL: env.redisUrl(),
  /** The identity service's public key: the gateway verifies access tokens with it. */
  JWT_PUBLIC_KEY: env.publicKeyPem(),
  /** Comma-separated origins allowed by CORS; empty means same-origin only. */
  CORS_ORIGINS: z.string().default(''),
  REQUEST_BODY_LIMIT: z.string().default('100kb'),
  RATE_LIMIT_LOGIN_PER_MINUTE: env.positiveInt(20),
  RATE_LIMIT_API_PER_MINUTE: env.positiveInt(6000),
  /** Hops of reverse proxies in front (Kubernetes ingress: 1), so rate limits see the client's address. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  /** The built portal (services/portal/dist by default); served at / when present. */
  PORTAL_DIR: z.string().optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const loadGatewayConfig = (e: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayConfigSchema, e);
