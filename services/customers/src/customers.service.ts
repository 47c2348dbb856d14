import { connectBus, busMigrationsDir, busMigrationsNamespace, OutboxRelay } from '@crm/bus';
import { Cache } from '@crm/cache';
import { createPool, migrate } from '@crm/db';
import { tokenPrincipalResolver } from '@crm/auth';
import { createHandlerFactory, GrpcServer } from '@crm/grpc';
import type { Logger } from '@crm/log';
import { customersV1, loadDefinition } from '@crm/proto';
import type { CustomersConfig } from './config';
import { customersGrpcService } from './grpc/customers.grpc-service';
import { returnIdleCustomers } from './domain/pool.use-case';
import { CustomerLookups } from './store/customer-lookups';
import { CustomerPoolRepository } from './store/customer-pool.repository';
import { CustomerRepository, customersMigrationsDir } from './store/customer.repository';
import { CustomerSettingsRepository } from './store/customer-settings.repository';
import { CustomerTimelineRepository } from './store/customer-timeline.repository';
import { LookupCache } from './store/lookup-cache';
import { recognitionConsumer } from './recognition/recognition.consumer';

/**
 * Starts the customers service: migrations, NATS topology, outbox relay, recognition cache, gRPC server
 * (port 0 picks a free one). stop() reverses it: stop intake, finish in-flight calls, drain the relay,
 * close Redis and the pool.
 */
export async function startCustomersService(config: CustomersConfig, logger: Logger) {
  const pool = createPool(config.DATABASE_URL, { applicationName: 'customers' });
  await migrate(
    pool,
    [
      { namespace: busMigrationsNamespace, dir: busMigrationsDir },
      { namespace: 'customers', dir: customersMigrationsDir },
    ],
    { logger },
  );
  const cache = await Cache.connect(config.REDIS_URL, config.REDIS_PREFIX);
  const bus = await connectBus({ url: config.NATS_URL, name: 'customers', namespace: config.NATS_NAMESPACE });
  const relay = new OutboxRelay({ pool, js: bus.js, ns: bus.ns, logger });
  await relay.start();

  const lookupCache = new LookupCache(
    cache,
    {
      ttlSeconds: config.LOOKUP_CACHE_TTL_SECONDS,
      negativeTtlSeconds: config.LOOKUP_CACHE_NEGATIVE_TTL_SECONDS,
    },
    logger,
  );
  const customers = new CustomerRepository(pool, lookupCache);
  const settings = new CustomerSettingsRepository(pool);
  const poolRules = new CustomerPoolRepository(pool, customers, settings);
  const stores = {
    customers,
    settings,
    pool: poolRules,
    lookups: new CustomerLookups(customers, lookupCache),
    timeline: new CustomerTimelineRepository(pool),
  };
  // Card taps and incoming calls from the sites (CRM_EDGE) → timeline + screen pop events.
  const recognition = recognitionConsumer(bus, pool, stores.lookups, logger);
  await recognition.start();
  const handle = createHandlerFactory({
    logger,
    resolvePrincipal: tokenPrincipalResolver(config.JWT_PUBLIC_KEY),
  });
  const server = new GrpcServer([loadDefinition('crm/customers/v1/customers.proto')]);
  server.addService(
    customersV1().CustomersService.service,
    customersGrpcService(stores, handle),
    'crm.customers.v1.CustomersService',
  );
  const port = await server.start(config.GRPC_PORT);
  logger.info({ port }, 'customers service listening');

  // The pool rules run on a timer; one sweep at a time, errors logged and retried next time.
  let sweeping: Promise<void> | undefined;
  const sweep = () => {
    sweeping ??= returnIdleCustomers(poolRules, new Date())
      .then((r) => {
        if (r.returned.length || r.reminded.length)
          logger.info({ returned: r.returned.length, reminded: r.reminded.length }, 'pool rules applied');
      })
      .catch((err: unknown) => logger.error({ err }, 'pool rules failed'))
      .finally(() => {
        sweeping = undefined;
      });
  };
  const timer = setInterval(sweep, Math.min(config.POOL_SWEEP_INTERVAL_SECONDS, 86_400) * 1000);
  timer.unref();

  return {
    port,
    async stop() {
      clearInterval(timer);
      await sweeping;
      await server.stop();
      await recognition.stop();
      await relay.stop();
      await bus.close();
      await cache.close();
      await pool.end();
    },
  };
}
