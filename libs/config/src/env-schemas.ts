import { z } from 'zod';

const urlWithProtocols = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

const BYTE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** 10485760 → "10mb", as the settings are usually written. */
function formatBytes(bytes: number): string {
  const unit = ['gb', 'mb', 'kb'].find((u) => bytes % BYTE_UNITS[u]! === 0);
  return unit ? `${bytes / BYTE_UNITS[unit]!}${unit}` : `${bytes}`;
}

/** Building blocks for service schemas, so every service reads the same variable the same way. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  /** The interface a server listens on (all of them by default). */
  listenHost: (fallback = '0.0.0.0') => z.string().min(1).default(fallback),
  postgresUrl: () => urlWithProtocols(['postgres:', 'postgresql:']),
  natsUrl: () => urlWithProtocols(['nats:', 'tls:']),
  /** Test isolation only: prefixes subjects and stream names. Empty in production. */
  natsNamespace: () =>
    z
      .string()
      .regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _ only')
      .optional(),
  redisUrl: () => urlWithProtocols(['redis:', 'rediss:']),
  /** The prefix of a process's keys in a shared Redis (`<prefix>:…`); tests give each file its own. */
  redisPrefix: (fallback: string) =>
    z
      .string()
      .regex(/^[\w:.-]{1,64}$/, 'letters, digits, _ : . - only (at most 64)')
      .default(fallback),
  address: () => z.string().regex(/^[\w.-]+:\d{1,5}$/, 'must be host:port'),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  positiveInt: (fallback: number) => z.coerce.number().int().positive().default(fallback),
  /**
   * A size in bytes: a number of bytes or one with a unit (`100kb`, `10mb`, `1gb`; 1 kb = 1024 bytes),
   * within `min` and `max` when given. The value is the number of bytes.
   */
  bytes: (fallback: number, bounds: { min?: number; max?: number } = {}) =>
    z
      .union([z.number(), z.string()])
      .default(fallback)
      .transform((value, ctx) => {
        const match = /^\s*(\d+)\s*(b|kb|mb|gb)?\s*$/i.exec(String(value));
        const bytes = match ? Number(match[1]) * BYTE_UNITS[(match[2] ?? 'b').toLowerCase()]! : NaN;
        const problem = !Number.isSafeInteger(bytes)
          ? 'must be a size in bytes, e.g. 10485760 or 10mb'
          : bounds.min !== undefined && bytes < bounds.min
            ? `must be at least ${formatBytes(bounds.min)}`
            : bounds.max !== undefined && bytes > bounds.max
              ? `must be at most ${formatBytes(bounds.max)}`
              : undefined;
        if (problem === undefined) return bytes;
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }),
  /** A JSON-valued setting checked by `schema`; a problem inside it is named by its path in the JSON. */
  json: <T extends z.ZodType>(schema: T) =>
    z.string().transform((text, ctx): z.output<T> => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON' });
        return z.NEVER;
      }
      const result = schema.safeParse(parsed);
      if (result.success) return result.data;
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', message: `${issue.path.join('.') || '(value)'}: ${issue.message}` });
      return z.NEVER;
    }),
  // Newlines arrive escaped as \n when a PEM is passed through a one-line variable.
  publicKeyPem: () =>
    z
      .string()
      .transform((v) => v.replace(/\\n/g, '\n'))
      .refine(
        (v) => v.includes('-----BEGIN PUBLIC KEY-----'),
        'must be a PEM public key (-----BEGIN PUBLIC KEY-----)',
      ),
  privateKeyPem: () =>
    z
      .string()
      .transform((v) => v.replace(/\\n/g, '\n'))
      .refine(
        (v) => v.includes('-----BEGIN PRIVATE KEY-----'),
        'must be a PEM private key (-----BEGIN PRIVATE KEY-----)',
      ),
};

/** What every process reads (runMain): its log level and where its traces go. */
export const runtimeEnv = {
  LOG_LEVEL: env.logLevel(),
  /** OTLP/HTTP endpoint of a collector; no traces are exported without it. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
};

/** The Redis of a process that keeps a cache (`Cache` of @crm/cache): its URL and key prefix. */
export const redisEnv = (prefix: string) => ({
  REDIS_URL: env.redisUrl(),
  REDIS_PREFIX: env.redisPrefix(prefix),
});

/** What every backend service reads. */
export const serviceEnvSchema = z.object({
  ...runtimeEnv,
  GRPC_PORT: env.port(50051),
  DATABASE_URL: env.postgresUrl(),
  NATS_URL: env.natsUrl(),
  NATS_NAMESPACE: env.natsNamespace(),
  /** The identity service's Ed25519 public key (PEM): every service verifies callers' tokens itself. */
  JWT_PUBLIC_KEY: env.publicKeyPem(),
});
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;
/** What a service that keeps a cache reads besides (see redisEnv). */
export type RedisEnv = z.infer<z.ZodObject<ReturnType<typeof redisEnv>>>;
