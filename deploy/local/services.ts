// The services `npm start` runs, in dependency order. Add a service here with the environment
// its config schema reads; the runner gives it a port, a database and its dependencies' addresses.
import type { ServiceDefinition, ServiceEnvContext } from './service.types';

/** What every gRPC domain service reads at boot. */
function grpcServiceEnv(context: ServiceEnvContext): Record<string, string> {
  return {
    GRPC_PORT: String(context.port),
    DATABASE_URL: context.databaseUrl ?? '',
    NATS_URL: context.natsUrl,
    REDIS_URL: context.redisUrl,
    LOG_LEVEL: context.logLevel,
  };
}

export const SERVICES: readonly ServiceDefinition[] = [
  {
    name: 'identity',
    kind: 'grpc',
    dependsOn: [],
    database: true,
    env: (context) => ({
      ...grpcServiceEnv(context),
      REDIS_PREFIX: context.redisPrefix,
      // Signs access tokens; the runner gives every service the public half (JWT_PUBLIC_KEY).
      JWT_PRIVATE_KEY: context.signingKeys.privateKeyPem,
      // First start only: without it identity prints a random administrator password once.
      ...(context.adminPassword ? { CRM_ADMIN_PASSWORD: context.adminPassword } : {}),
    }),
  },
  {
    name: 'customers',
    kind: 'grpc',
    dependsOn: ['identity'],
    database: true,
    // Identity resolves the usernames of an import's Owner column (with the importer's own token).
    env: (context) => ({
      ...grpcServiceEnv(context),
      REDIS_PREFIX: context.redisPrefix,
      IDENTITY_ADDR: context.addressOf('identity'),
      NODE_OPTIONS: customersNodeOptions(),
    }),
  },
  { name: 'analytics', kind: 'grpc', dependsOn: [], database: true, env: grpcServiceEnv },
  {
    name: 'gateway',
    kind: 'http',
    dependsOn: ['identity', 'customers', 'analytics'],
    database: false,
    env: (context) => ({
      HTTP_PORT: String(context.port),
      IDENTITY_ADDR: context.addressOf('identity'),
      CUSTOMERS_ADDR: context.addressOf('customers'),
      ANALYTICS_ADDR: context.addressOf('analytics'),
      REDIS_URL: context.redisUrl,
      REDIS_PREFIX: context.redisPrefix,
      NATS_URL: context.natsUrl,
      // The edge ingress for site agents (gRPC); CRM_EDGE_GRPC_PORT fixes its port, else a free one is used.
      EDGE_GRPC_PORT: process.env.CRM_EDGE_GRPC_PORT ?? '0',
      LOG_LEVEL: context.logLevel,
    }),
  },
];

/**
 * A larger young generation for the customers service: an Excel import allocates some hundred
 * megabytes of short-lived rows, events and COPY text, and with V8's default 16 MB semi-spaces a
 * sixth of its CPU went to scavenges (32 MB: 1.5 s less CPU per 100,000 rows, measured with
 * bench:customers). The chart sets the same (charts/values/customers.yaml).
 */
function customersNodeOptions(): string {
  return [process.env.NODE_OPTIONS, '--max-semi-space-size=32'].filter(Boolean).join(' ');
}
