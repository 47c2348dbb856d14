export { loadConfig, ConfigError } from './load-config';
export { env, redisEnv, runtimeEnv, serviceEnvSchema, type RedisEnv, type ServiceEnv } from './env-schemas';
export { z } from 'zod';
