// The services `npm start` runs: the entries of deploy/services.registry.ts with the environment
// the runner gives them on one machine (the chart gives the same variables in Kubernetes:
// deploy/registry/chart-values.ts). Add a service to the registry, not here.
import { addressVariable, settingValue } from '../registry/conventions';
import type { ServiceEntry } from '../registry/registry.types';
import { REGISTRY } from '../services.registry';
import type { ServiceDefinition, ServiceEnvContext } from './service.types';

/** The environment of a registry entry on one machine. */
export function localEnv(entry: ServiceEntry, context: ServiceEnvContext): Record<string, string> {
  const env: Record<string, string> =
    entry.kind === 'grpc'
      ? { GRPC_PORT: String(context.port), GRPC_HOST: context.host }
      : // The gateway's edge ingress is a gRPC server too: it binds where the HTTP port does.
        { HTTP_PORT: String(context.port), HTTP_HOST: context.host, GRPC_HOST: context.host };
  env.LOG_LEVEL = context.logLevel;
  if (entry.database) env.DATABASE_URL = context.databaseUrl ?? '';
  if (entry.nats) env.NATS_URL = context.natsUrl;
  if (entry.redis) {
    env.REDIS_URL = context.redisUrl;
    env.REDIS_PREFIX = context.redisPrefix;
  }
  for (const dependency of entry.dependsOn ?? [])
    env[addressVariable(dependency)] = context.addressOf(dependency);
  // NODE_OPTIONS is put together with the runner's own by startSystem.
  for (const [name, setting] of Object.entries(entry.env ?? {})) env[name] = settingValue(setting);
  return {
    ...env,
    ...entry.local?.({
      signingKeys: context.signingKeys,
      adminPassword: context.adminPassword,
      edgePort: context.edgePort,
    }),
  };
}

export const localDefinition = (entry: ServiceEntry): ServiceDefinition => ({
  name: entry.name,
  kind: entry.kind,
  dependsOn: entry.dependsOn ?? [],
  database: entry.database ?? false,
  servesPortal: entry.servesPortal,
  env: (context) => localEnv(entry, context),
});

export const SERVICES: readonly ServiceDefinition[] = REGISTRY.services.map(localDefinition);
