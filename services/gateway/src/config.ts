import { env, loadConfig, redisEnv, runtimeEnv, z } from '@crm/config';
import { restCatalogue } from '@crm/rest';
import { twilioNumberBranchesSchema } from './twilio/number-branches';

/** 10 MiB, as in the customers service (its DOCUMENT_MAX_BYTES). */
export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

const gatewayShape = {
  ...runtimeEnv,
  HTTP_PORT: env.port(8080),
  /** Where HTTP_PORT listens: every interface by default (a pod); the local runner sets 127.0.0.1 unless told otherwise. */
  HTTP_HOST: z
    .string()
    .regex(/^[\w.-]+$/, 'an IPv4 address or a host name')
    .default('0.0.0.0'),
  /** The customers service (its hand-written routes: uploads, downloads, the import). */
  CUSTOMERS_ADDR: env.address(),
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
};

type GatewayVariables = z.infer<z.ZodObject<typeof gatewayShape>>;

/** Settings that need each other. */
function requireTogether(c: GatewayVariables, ctx: z.RefinementCtx): void {
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
}

/** The variable holding the address of a service with REST operations: `customers` → CUSTOMERS_ADDR. */
export const serviceAddressVariable = (service: string) => `${service.toUpperCase()}_ADDR`;

export type GatewayConfig = GatewayVariables & {
  /** The addresses of the services with REST operations, by service name (`analytics`). */
  serviceAddresses: Record<string, string>;
};

/** The gateway's settings; the services with REST operations are those the proto declarations name. */
export function gatewayConfigSchema(services: string[] = restCatalogue().targets) {
  const addresses = Object.fromEntries(
    services.map((s) => [serviceAddressVariable(s), env.address().optional()]),
  );
  return z
    .object({ ...addresses, ...gatewayShape })
    .superRefine(requireTogether)
    .transform((c): GatewayConfig => {
      const serviceAddresses: Record<string, string> = {};
      for (const s of services) {
        const address = (c as Record<string, unknown>)[serviceAddressVariable(s)];
        if (typeof address === 'string') serviceAddresses[s] = address;
      }
      return { ...c, serviceAddresses };
    });
}

export const loadGatewayConfig = (e: NodeJS.ProcessEnv = process.env): GatewayConfig =>
  loadConfig(gatewayConfigSchema(), e);
