export { loadConfig, ConfigError } from './load-config';
export { env, serviceEnvSchema, type ServiceEnv } from './env-schemas';
export { z } from 'zod';
