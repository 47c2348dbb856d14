import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MigrationSource } from '@crm/db';
import { createLogger, type Logger } from '@crm/log';
import { createTestDatabase, type TestDatabase } from './test-database';
import { connectTestNats, testBusNamespace, type TestBusNamespace } from './test-nats';
import { cleanupRedis, connectTestRedis, testRedisPrefix, type TestRedisClient } from './test-redis';
import { testNatsUrl, testRedisUrl } from './server-urls';
import { testSigningKeys } from './test-tokens';

/** A started service, as a service's start function returns it. */
export interface StartedService {
  port: number;
  stop(): Promise<void>;
}

/**
 * One service of a test stack: the service as its package entry declares it (e.g. customersService of
 * @crm/service-customers: the config loader and start function its main.ts runs, and its migrations),
 * plus what a test adds.
 */
export interface TestStackService<S extends StartedService = StartedService> {
  /**
   * Lower-case. The stack gives the service the Redis prefix `<stack prefix><name>`, and the services
   * started after it its address as `<NAME>_ADDR`.
   */
  name: string;
  /** Validates the environment (the service's zod schema). */
  loadConfig(env: Record<string, string>): unknown;
  /** Starts it with what loadConfig returned (method syntax: any service's own config type fits). */
  start(config: unknown, logger: Logger): Promise<S>;
  /** Its database's migrations; none: it has no database. The database is a copy of a template migrated once. */
  migrations?: readonly MigrationSource[];
  /** The environment that starts it again on the ports it has now (default: GRPC_PORT). */
  samePorts?(started: S): Record<string, string>;
  /** Its environment beneath the stack's (e.g. placeholders of addresses it requires). */
  env?: Record<string, string>;
}

export interface TestStackOptions {
  /** Started in this order (a service gets the addresses of those before it) and stopped in reverse. */
  services: readonly TestStackService[];
  /** Extra environment per service name (limits or features under test); it has the last word. */
  env?: Record<string, Record<string, string>>;
}

export interface TestStack {
  /** This stack's NATS namespace (every service's subjects and streams are prefixed with it). */
  ns: TestBusNamespace;
  /** This stack's Redis prefix (ends with ':'); service `x` keeps its keys under `<redisPrefix>x:`. */
  redisPrefix: string;
  /** A Redis client of the test (closed by stop()). */
  redis: TestRedisClient;
  /** A NATS connection of the test (closed by stop()). */
  nc: NatsConnection;
  /** The test signing keys: identity signs with the private half, every service verifies with the public. */
  keys: { privateKeyPem: string; publicKeyPem: string };
  /** The port a service listens on (its HTTP port for the gateway). */
  port(name: string): number;
  /** `127.0.0.1:<port>` */
  address(name: string): string;
  /** A service's database (a service with migrations has one). */
  database(name: string): TestDatabase;
  /** What the service's start function returned (e.g. the gateway's edge port). */
  started<S extends StartedService = StartedService>(name: string): S;
  /** Stops one service: an outage, as the others see it. */
  stopService(name: string): Promise<void>;
  /** Starts a stopped service again on the ports and database it had; `env` adds to its environment. */
  startService(name: string, env?: Record<string, string>): Promise<void>;
  /**
   * Stops the services in reverse order, then removes this stack's NATS streams, Redis keys and
   * databases. `beforeCleanup` runs once the services are stopped, while NATS and Redis still hold
   * this stack's data (e.g. to read what was published).
   */
  stop(beforeCleanup?: () => Promise<void>): Promise<void>;
}

/**
 * The services a test needs, in this process on port 0 against the real PostgreSQL, NATS and Redis,
 * with databases, a NATS namespace and a Redis prefix of their own, so that test files run in
 * parallel. Every service gets the same environment (each config schema reads the variables it
 * knows): its database, NATS and Redis, port 0, silent logs, the test signing keys, the addresses of
 * the services started before it. On a failed start, what was started is stopped and removed.
 */
export async function startTestStack(options: TestStackOptions): Promise<TestStack> {
  const logger = createLogger({ service: 'test', level: 'silent' });
  const ns = testBusNamespace();
  const redisPrefix = testRedisPrefix();
  const keys = testSigningKeys();
  const services = new Map(options.services.map((s) => [s.name, s]));
  const envs = new Map<string, Record<string, string>>();
  /** What each service's last start returned (kept while it is stopped: its ports). */
  const last = new Map<string, StartedService>();
  const running = new Set<string>();
  const databases = new Map<string, TestDatabase>();
  const redis = await connectTestRedis();
  const nc = await connectTestNats();

  const known = (name: string) => {
    if (!services.has(name)) throw new Error(`service ${name} is not in this stack`);
    return services.get(name)!;
  };

  async function start(service: TestStackService, env: Record<string, string>): Promise<void> {
    last.set(service.name, await service.start(service.loadConfig(env), logger));
    running.add(service.name);
  }

  async function cleanup(beforeCleanup?: () => Promise<void>): Promise<void> {
    for (const { name } of [...options.services].reverse()) {
      if (running.delete(name)) await last.get(name)!.stop();
    }
    await beforeCleanup?.();
    await ns.cleanup(await jetstreamManager(nc));
    await nc.close();
    await cleanupRedis(redis, redisPrefix);
    await redis.quit();
    await Promise.all([...databases.values()].map((db) => db.drop()));
  }

  try {
    const withDatabase = options.services.filter((s) => s.migrations);
    const created = await Promise.all(
      withDatabase.map((s) => createTestDatabase({ template: { name: s.name, migrations: s.migrations! } })),
    );
    withDatabase.forEach((s, i) => databases.set(s.name, created[i]!));
    const addresses: Record<string, string> = {};
    for (const service of options.services) {
      const env: Record<string, string> = {
        ...service.env,
        GRPC_PORT: '0',
        HTTP_PORT: '0',
        LOG_LEVEL: 'silent',
        NATS_URL: testNatsUrl(),
        NATS_NAMESPACE: ns.subjectPrefix.slice(0, -1),
        REDIS_URL: testRedisUrl(),
        REDIS_PREFIX: `${redisPrefix}${service.name}`,
        JWT_PRIVATE_KEY: keys.privateKeyPem,
        JWT_PUBLIC_KEY: keys.publicKeyPem,
        ...(databases.has(service.name) ? { DATABASE_URL: databases.get(service.name)!.url } : {}),
        ...addresses,
        ...options.env?.[service.name],
      };
      envs.set(service.name, env);
      await start(service, env);
      addresses[`${service.name.toUpperCase()}_ADDR`] = `127.0.0.1:${last.get(service.name)!.port}`;
    }
  } catch (err) {
    await cleanup().catch(() => undefined);
    throw err;
  }

  const stack: TestStack = {
    ns,
    redisPrefix,
    redis,
    nc,
    keys,
    port(name) {
      known(name);
      const started = last.get(name);
      if (!started) throw new Error(`service ${name} was not started`);
      return started.port;
    },
    address(name) {
      return `127.0.0.1:${stack.port(name)}`;
    },
    database(name) {
      known(name);
      const db = databases.get(name);
      if (!db) throw new Error(`service ${name} has no database`);
      return db;
    },
    started<S extends StartedService>(name: string) {
      known(name);
      if (!running.has(name)) throw new Error(`service ${name} is stopped`);
      return last.get(name) as S;
    },
    async stopService(name) {
      known(name);
      if (running.delete(name)) await last.get(name)!.stop();
    },
    async startService(name, env = {}) {
      const service = known(name);
      if (running.has(name)) throw new Error(`service ${name} is running`);
      const samePorts = service.samePorts ?? ((s: StartedService) => ({ GRPC_PORT: String(s.port) }));
      await start(service, { ...envs.get(name)!, ...samePorts(last.get(name)!), ...env });
    },
    stop: cleanup,
  };
  return stack;
}
