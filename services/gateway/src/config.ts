import { env, loadConfig, redisEnv, runtimeEnv, z } from '@crm/config';
import { twilioNumberBranchesSchema } from './twilio/number-branches';

/** 10 MiB, as in the customers service (its DOCUMENT_MAX_BYTES). */
export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export const gatewayConfigSchema = z
  .object({
    ...runtimeEnv,
    HTTP_PORT: env.port(8080),
    CUSTOMERS_ADDR: env.address(),
    ANALYTICS_ADDR: env.address(),
    /** Optional until every deployment runs the identity service; without it the auth routes answer 503. */
    IDENTITY_ADDR: env.address().optional(),
    /** Rate limits, the site-key cache and agent status; systems sharing a Redis need their own prefix. */
    ...redisEnv('gateway'),
    /** The identity service's public key: the gateway verifies access tokens with it. */
    JWT_PUBLIC_KEY: env.publicKeyPem(),
    /** Comma-separated origins allowed by CORS; empty means same-origin only. */
    CORS_ORIGINS: z.string().default(''),
    /** Minutes of live events (/api/v1/live) kept for reconnecting clients. */
    LIVE_REPLAY_MINUTES: env.positiveInt(5),
    /** Largest JSON or form body (`100kb`, or a number of bytes). */
    REQUEST_BODY_LIMIT: env.bytes(100 * 1024, { min: 1 }),
    /** Largest customer document upload in bytes (checked while streaming; the customers service checks too). */
    DOCUMENT_MAX_BYTES: env.bytes(DEFAULT_DOCUMENT_MAX_BYTES, { min: 1024, max: 64 * 1024 * 1024 }),
    /** Largest customers Excel import in bytes (checked while streaming; the customers service checks too). */
    CUSTOMER_IMPORT_MAX_BYTES: env.bytes(50 * 1024 * 1024, { min: 1 }),
    RATE_LIMIT_LOGIN_PER_MINUTE: env.positiveInt(20),
    RATE_LIMIT_API_PER_MINUTE: env.positiveInt(6000),
    /** Twilio voice webhook requests per minute per address (Twilio posts from a few addresses). */
    RATE_LIMIT_TWILIO_PER_MINUTE: env.positiveInt(600),
    /** Hops of reverse proxies in front (Kubernetes ingress: 1), so rate limits see the client's address. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
    /** The built portal (services/portal/dist by default); served at / when present. */
    PORTAL_DIR: z.string().optional(),
    /** The edge ingress (gRPC, for site edge agents) runs only when set; 0 picks a free port (tests). */
    EDGE_GRPC_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    /** Where the edge ingress publishes (JetStream); required when EDGE_GRPC_PORT is set. */
    NATS_URL: env.natsUrl().optional(),
    NATS_NAMESPACE: env.natsNamespace(),
    /** How long a verified site key is trusted without asking identity again (a revoked key: at most this). */
    SITE_KEY_CACHE_SECONDS: env.positiveInt(30),
    /** How long the last status of a site's agent is kept in Redis. */
    AGENT_STATUS_TTL_SECONDS: env.positiveInt(86_400),
    /** Twilio's auth token (secret): signatures are checked with it; the voice webhook is mounted only when set. */
    TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
    /** The public base URL Twilio calls (e.g. https://crm.example.com): Twilio signs the full URL. */
    TWILIO_WEBHOOK_BASE_URL: z.string().url().optional(),
    /** JSON: called number (E.164) → { branchId, dial?, queue? }; see twilio/number-branches.ts. */
    TWILIO_NUMBER_BRANCHES: twilioNumberBranchesSchema.optional(),
    /** The greeting spoken (zh-CN) before the call is put through; a default when unset. */
    TWILIO_GREETING_ZH: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.TWILIO_AUTH_TOKEN) {
      const required = { NATS_URL: c.NATS_URL, TWILIO_WEBHOOK_BASE_URL: c.TWILIO_WEBHOOK_BASE_URL };
      for (const [name, value] of Object.entries(required))
        if (!value)
          ctx.addIssue({ code: 'custom', path: [name], message: 'required when TWILIO_AUTH_TOKEN is set' });
    }
    if (c.EDGE_GRPC_PORT === undefined) return;
    if (!c.NATS_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['NATS_URL'],
        message: 'required when EDGE_GRPC_PORT is set',
      });
    if (!c.IDENTITY_ADDR)
      ctx.addIssue({
        code: 'custom',
        path: ['IDENTITY_ADDR'],
        message: 'required when EDGE_GRPC_PORT is set (site keys are verified by identity)',
      });
  });
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const loadGatewayConfig = (e: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayConfigSchema, e);
