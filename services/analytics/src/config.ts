import { loadConfig, serviceEnvSchema } from '@crm/config';

/** Analytics reads only what every service reads (serviceEnvSchema). */
export const analyticsConfigSchema = serviceEnvSchema;
export type AnalyticsConfig = ReturnType<typeof loadAnalyticsConfig>;

export const loadAnalyticsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadConfig(analyticsConfigSchema, env);
