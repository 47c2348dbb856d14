import { z } from 'zod';
import { env, loadConfig, serviceEnvSchema } from '@crm/config';

export const customersConfigSchema = serviceEnvSchema.extend({
  /** Redis of the recognition cache (card UID / phone → customer). */
  REDIS_URL: env.redisUrl(),
  /** Key prefix in Redis; tests give each file its own. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'letters, digits, _ : . - only')
    .default('customers'),
  /** How long a lookup answer is kept (writes invalidate it at once anyway). */
  LOOKUP_CACHE_TTL_SECONDS: env.positiveInt(600),
  /** How long "unknown card / number" is kept. */
  LOOKUP_CACHE_NEGATIVE_TTL_SECONDS: env.positiveInt(30),
  /** How often the public pool rules run (auto-return of idle customers and its reminders). */
  POOL_SWEEP_INTERVAL_SECONDS: env.positiveInt(3600),
});
export type CustomersConfig = ReturnType<typeof loadCustomersConfig>;

export const loadCustomersConfig = (environment: NodeJS.ProcessEnv = process.env) =>
  loadConfig(customersConfigSchema, environment);
