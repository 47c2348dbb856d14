import { createPrivateKey, createPublicKey } from 'node:crypto';
import { env, loadConfig, redisEnv, serviceEnvSchema, z } from '@crm/config';

const between = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const identityConfigSchema = serviceEnvSchema
  .extend({
    /** Login failures and locks live in Redis, under REDIS_PREFIX. */
    ...redisEnv('identity'),
    /** Signs access tokens (Ed25519, PKCS#8 PEM). Required: there is no built-in key. JWT_PUBLIC_KEY is its public half. */
    JWT_PRIVATE_KEY: env.privateKeyPem(),
    ACCESS_TOKEN_TTL_SECONDS: between(30, 86_400, 900),
    REFRESH_TOKEN_TTL_DAYS: between(1, 365, 14),
    /** argon2id costs (OWASP's minimum is 19 MiB and 2 passes). */
    ARGON2_MEMORY_KIB: between(1024, 4_194_304, 19_456),
    ARGON2_TIME_COST: between(1, 20, 2),
    LOGIN_MAX_FAILURES: between(1, 100, 5),
    LOGIN_FAILURE_WINDOW_SECONDS: between(1, 86_400, 900),
    /** First lockout; each further lock in a row doubles it, up to LOCKOUT_MAX_SECONDS. */
    LOCKOUT_BASE_SECONDS: between(1, 86_400, 60),
    LOCKOUT_MAX_SECONDS: between(1, 86_400, 3600),
    /** Password of the administrator created on the very first start; without it a random one is printed once. */
    CRM_ADMIN_PASSWORD: z
      .string()
      .min(10, 'at least 10 characters')
      .max(128, 'at most 128 characters')
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (!isKeyPair(c.JWT_PRIVATE_KEY, c.JWT_PUBLIC_KEY))
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_PUBLIC_KEY'],
        message: 'must be the public half of JWT_PRIVATE_KEY (both Ed25519)',
      });
    if (c.LOCKOUT_MAX_SECONDS < c.LOCKOUT_BASE_SECONDS)
      ctx.addIssue({
        code: 'custom',
        path: ['LOCKOUT_MAX_SECONDS'],
        message: 'must not be less than LOCKOUT_BASE_SECONDS',
      });
  });
/** Whether `publicPem` is the public half of the Ed25519 key `privatePem`. */
function isKeyPair(privatePem: string, publicPem: string): boolean {
  try {
    const key = createPrivateKey(privatePem);
    if (key.asymmetricKeyType !== 'ed25519') return false;
    const derived = createPublicKey(key).export({ type: 'spki', format: 'der' });
    return derived.equals(createPublicKey(publicPem).export({ type: 'spki', format: 'der' }));
  } catch {
    return false;
  }
}

export type IdentityConfig = ReturnType<typeof loadIdentityConfig>;

export const loadIdentityConfig = (e: NodeJS.ProcessEnv = process.env) => loadConfig(identityConfigSchema, e);
