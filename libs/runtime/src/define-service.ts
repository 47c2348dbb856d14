import type pg from 'pg';
import { tokenPrincipalResolver } from '@crm/auth';
import {
  busMigrationsDir,
  busMigrationsNamespace,
  connectBus,
  OutboxRelay,
  type BusConnection,
  type OutboxRelayOptions,
} from '@crm/bus';
import { Cache } from '@crm/cache';
import { loadConfig, type RedisEnv, type ServiceEnv, type z } from '@crm/config';
import { createPool, migrate, type MigrationSource } from '@crm/db';
import {
  createHandlerFactory,
  createStreamHandlerFactory,
  GrpcServer,
  type ServiceBinding,
  type StreamHandler,
  type UnaryHandler,
} from '@crm/grpc';
import type { Logger } from '@crm/log';
import { startWithLifecycle, type Lifecycle } from './lifecycle';
import { startTimedSweep, type TimedSweep } from './timed-sweep';

/** What a service's wire() is given: its config and the connections the kit opened for it. */
export interface ServiceContext<C, K extends Cache | undefined> {
  config: C;
  logger: Logger;
  /** The service's own database, migrated. */
  pool: pg.Pool;
  /** NATS with the declared JetStream topology ensured. */
  bus: BusConnection;
  /** Redis under REDIS_PREFIX, when the declaration says `cache: true`. */
  cache: K;
  /** Makes unary gRPC handlers: trace span, verified caller, errors mapped once. */
  handle: UnaryHandler;
  /** Makes streaming gRPC handlers, the same way. */
  stream: StreamHandler;
  /**
   * Registers how to close something wire() opens (a client, a worker pool): closed when the service
   * stops, after its intake (gRPC, consumers, sweeps, relay) and before the connections above; also
   * when a later step of the start fails.
   */
  own: Lifecycle['own'];
}

/** A durable consumer, or anything started after the relay and stopped (drained) after the gRPC server. */
export interface ServiceConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What a service runs, as its wire() returns it. */
export interface ServiceWiring {
  /** Its gRPC services (`implement(customersV1().CustomersService, handlers)`), served on GRPC_PORT. */
  grpc: ServiceBinding[];
  /** Largest request the gRPC server accepts (default 8 MiB). */
  maxReceiveMessageBytes?: number;
  /** Present when the service writes events: its outbox relay runs with these options. */
  relay?: Omit<OutboxRelayOptions, 'pool' | 'js' | 'ns' | 'logger'>;
  consumers?: ServiceConsumer[];
  sweeps?: TimedSweep[];
}

interface Declaration<C, K extends Cache | undefined> {
  /** The service's name: its logs, its pool's application name, its NATS connection, its migrations' namespace. */
  name: string;
  configSchema: z.ZodType<C>;
  /** The folder of its SQL migrations (the outbox and inbox tables are migrated besides). */
  migrations: string;
  /** Builds the service from its connections; runs once per start. */
  wire(ctx: ServiceContext<C, K>): Promise<ServiceWiring> | ServiceWiring;
}

export interface RunningService {
  /** The gRPC port it listens on (the one the system chose for GRPC_PORT=0). */
  port: number;
  /** Stops it in the reverse order of its start, once (later calls wait for the first). */
  stop(): Promise<void>;
}

/** A declared service: what runService() runs as a process and tests start in-process. */
export interface DefinedService<C> {
  readonly name: string;
  /** The validated config (from process.env by default); throws ConfigError naming each bad variable. */
  loadConfig(environment?: NodeJS.ProcessEnv): C;
  start(config: C, logger: Logger): Promise<RunningService>;
  /** What start() migrates its database with, in order (the outbox and inbox tables, then its own). */
  readonly migrations: readonly MigrationSource[];
}

/**
 * Declares a gRPC domain service; the kit starts it in this order: PostgreSQL pool and migrations,
 * Redis (with `cache: true`, from REDIS_URL and REDIS_PREFIX), NATS and its topology, the service's
 * wire(), its outbox relay, its consumers, its gRPC server (with health and reflection), its timed
 * sweeps. It stops in reverse: sweeps (waiting for a run in progress), gRPC (in-flight calls
 * finish), consumers (drained), relay, what wire() owns, NATS, Redis, the pool. A step that fails
 * stops what was started before it.
 */
export function defineService<C extends ServiceEnv & RedisEnv>(
  declaration: Declaration<C, Cache> & { cache: true },
): DefinedService<C>;
export function defineService<C extends ServiceEnv>(
  declaration: Declaration<C, undefined> & { cache?: false },
): DefinedService<C>;
export function defineService<C extends ServiceEnv>(
  declaration: Declaration<C, Cache | undefined> & { cache?: boolean },
): DefinedService<C> {
  return {
    name: declaration.name,
    loadConfig: (environment = process.env) => loadConfig(declaration.configSchema, environment),
    start: (config, logger) => startService(declaration, config, logger),
    migrations: migrationsOf(declaration),
  };
}

const migrationsOf = (d: { name: string; migrations: string }): MigrationSource[] => [
  { namespace: busMigrationsNamespace, dir: busMigrationsDir },
  { namespace: d.name, dir: d.migrations },
];

function startService<C extends ServiceEnv>(
  d: Declaration<C, Cache | undefined> & { cache?: boolean },
  config: C,
  logger: Logger,
): Promise<RunningService> {
  return startWithLifecycle(logger, async (life) => {
    const pool = life.own(
      'PostgreSQL pool',
      createPool(config.DATABASE_URL, { applicationName: d.name, logger }),
      (p) => p.end(),
    );
    await migrate(pool, migrationsOf(d), { logger });
    const cache = d.cache
      ? life.own('Redis', await connectCache(d.name, config as Partial<RedisEnv>), (c) => c.close())
      : undefined;
    const bus = life.own(
      'NATS',
      await connectBus({ url: config.NATS_URL, name: d.name, namespace: config.NATS_NAMESPACE }),
      (b) => b.close(),
    );
    const calls = { logger, resolvePrincipal: tokenPrincipalResolver(config.JWT_PUBLIC_KEY) };
    const wiring = await d.wire({
      config,
      logger,
      pool,
      bus,
      cache,
      handle: createHandlerFactory(calls),
      stream: createStreamHandlerFactory(calls),
      own: (name, value, stop) => life.own(name, value, stop),
    });

    if (wiring.relay) {
      const relay = new OutboxRelay({ ...wiring.relay, pool, js: bus.js, ns: bus.ns, logger });
      await relay.start();
      life.own('outbox relay', relay, (r) => r.stop());
    }
    for (const [i, consumer] of (wiring.consumers ?? []).entries()) {
      await consumer.start();
      life.own(`consumer ${i + 1}`, consumer, (c) => c.stop());
    }
    const server = new GrpcServer({ maxReceiveMessageBytes: wiring.maxReceiveMessageBytes }).add(
      ...wiring.grpc,
    );
    const port = await server.start(config.GRPC_PORT);
    life.own('gRPC server', server, (s) => s.stop());
    for (const sweep of wiring.sweeps ?? [])
      life.own(`sweep ${sweep.name}`, startTimedSweep(sweep, logger), (s) => s.stop());
    logger.info({ port }, `${d.name} service listening`);
    return { port };
  });
}

/** The cache of a service declared with `cache: true` (its config schema has redisEnv, the types say). */
function connectCache(service: string, config: Partial<RedisEnv>): Promise<Cache> {
  if (!config.REDIS_URL || !config.REDIS_PREFIX)
    throw new Error(`${service} declares a cache, but its config schema has no REDIS_URL and REDIS_PREFIX`);
  return Cache.connect(config.REDIS_URL, config.REDIS_PREFIX);
}
