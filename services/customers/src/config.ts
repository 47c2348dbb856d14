import { env, loadConfig, redisEnv, serviceEnvSchema, z } from '@crm/config';
import { isTimeZone } from './domain/calendar-day';

/** How often a sweep runs, in seconds: at least once a day. */
const sweepInterval = (fallback: number) => z.coerce.number().int().min(1).max(86_400).default(fallback);

export const customersConfigSchema = serviceEnvSchema.extend({
  /** Redis of the recognition cache (card UID / phone → customer). */
  ...redisEnv('customers'),
  /** How long a lookup answer is kept (writes invalidate it at once anyway). */
  LOOKUP_CACHE_TTL_SECONDS: env.positiveInt(600),
  /** How long "unknown card / number" is kept. */
  LOOKUP_CACHE_NEGATIVE_TTL_SECONDS: env.positiveInt(30),
  /** How often the public pool rules run (auto-return of idle customers and its reminders). */
  POOL_SWEEP_INTERVAL_SECONDS: sweepInterval(3600),
  /** Excel import (R-CUS-7): the largest file in bytes (checked while it streams in) and most data rows. */
  CUSTOMER_IMPORT_MAX_BYTES: env.bytes(50 * 1024 * 1024, { min: 1 }),
  CUSTOMER_IMPORT_MAX_ROWS: env.positiveInt(200_000),
  /** Optional: identity's gRPC address, to resolve the Owner column's usernames (else only ids and the importer's own). */
  IDENTITY_ADDR: env.address().optional(),
  /** How often the churn and special-care sweeps run (at-risk flags, expired pauses, care.due events). */
  CARE_SWEEP_INTERVAL_SECONDS: sweepInterval(3600),
  /** The time zone of the branches' calendar days (birthdays, pause dates), an IANA name. */
  BUSINESS_TIME_ZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine(isTimeZone, 'must be an IANA time zone, e.g. Asia/Shanghai'),
  /** Largest document (R-CUS-10) in bytes; the gRPC message limit follows it. At most 64 MiB. */
  DOCUMENT_MAX_BYTES: env.bytes(10 * 1024 * 1024, { min: 1024, max: 64 * 1024 * 1024 }),
});
export type CustomersConfig = ReturnType<typeof loadCustomersConfig>;

export const loadCustomersConfig = (environment: NodeJS.ProcessEnv = process.env) =>
  loadConfig(customersConfigSchema, environment);
