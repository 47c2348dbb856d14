import { loadConfig, serviceEnvSchema } from '@crm/config';

export const customersConfigSchema = serviceEnvSchema;
export type CustomersConfig = ReturnType<typeof loadCustomersConfig>;

export const loadCustomersConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadConfig(customersConfigSchema, env);
