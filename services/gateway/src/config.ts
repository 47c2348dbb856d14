import { env, loadConfig, z } from '@crm/config';

export const gatewayConfigSchema = z
  .object({
    LOG_LEVEL: env.logLevel(),
    HTTP_PORT: env.port(8080),
    CUSTOMERS_ADDR: env.address(),
    ANALYTICS_ADDR: env.address(),
    /**
     * How callers are authenticated. `dev` trusts X-Dev-* headers and exists only until the identity
     * service lands (issue 3); it is refused when NODE_ENV=production. `none` rejects every API call.
     */
    AUTH_MODE: z.enum(['dev', 'none']).default('none'),
    NODE_ENV: z.string().optional(),
    /** Comma-separated origins allowed by CORS; empty means same-origin only. */
    CORS_ORIGINS: z.string().default(''),
    REQUEST_BODY_LIMIT: z.string().default('100kb'),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  })
  .refine((c) => !(c.AUTH_MODE === 'dev' && c.NODE_ENV === 'production'), {
    path: ['AUTH_MODE'],
    message: 'dev authentication is not allowed when NODE_ENV=production',
  });
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const loadGatewayConfig = (e: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayConfigSchema, e);
