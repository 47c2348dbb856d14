import { loadConfig, serviceEnvSchema } from '@crm/config';

export const analyticsConfigSchema = serviceEnvSchema;
export type AnalyticsConfig = ReturnType<typeof loadAnalyticsConfig>;

export const loadAnalyticsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadConfig(analyticsConfigSchema, env);
