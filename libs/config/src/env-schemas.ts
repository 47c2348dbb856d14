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

/** Building blocks for service schemas, so every service reads the same variable the same way. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  postgresUrl: () => urlWithProtocols(['postgres:', 'postgresql:']),
  natsUrl: () => urlWithProtocols(['nats:', 'tls:']),
  redisUrl: () => urlWithProtocols(['redis:', 'rediss:']),
  address: () => z.string().regex(/^[\w.-]+:\d{1,5}$/, 'must be host:port'),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  positiveInt: (fallback: number) => z.coerce.number().int().positive().default(fallback),
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

/** What every backend service reads. */
export const serviceEnvSchema = z.object({
  LOG_LEVEL: env.logLevel(),
  GRPC_PORT: env.port(50051),
  DATABASE_URL: env.postgresUrl(),
  NATS_URL: env.natsUrl(),
  /** Test isolation only: prefixes subjects and stream names. Empty in production. */
  NATS_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _ only')
    .optional(),
  /** The identity service's Ed25519 public key (PEM): every service verifies callers' tokens itself. */
  JWT_PUBLIC_KEY: env.publicKeyPem(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
});
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;
