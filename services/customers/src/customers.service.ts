import { connectBus, busMigrationsDir, busMigrationsNamespace, OutboxRelay } from '@crm/bus';
import { Cache } from '@crm/cache';
import { createPool, migrate } from '@crm/db';
import { tokenPrincipalResolver } from '@crm/auth';
import { createHandlerFactory, GrpcServer } from '@crm/grpc';
import type { Logger } from '@crm/log';
import {
  customerCareV1,
  customerDocumentsV1,
  customerImportV1,
  customersV1,
  loadDefinition,
} from '@crm/proto';
import type { CustomersConfig } from './config';
import { customersGrpcService } from './grpc/customers.grpc-service';
import { customerImportGrpcService } from './grpc/customer-import.grpc-service';
import { CustomerImportRepository } from './store/customer-import.repository';
import { OwnerDirectory } from './store/owner-directory.client';
import { returnIdleCustomers } from './domain/pool.use-case';
import { sweepCare } from './domain/care.use-case';
import { sweepChurn } from './domain/churn.use-case';
import { customerCareGrpcService } from './grpc/customer-care.grpc-service';
import { customerDocumentsGrpcService } from './grpc/customer-documents.grpc-service';
import { CustomerCareRepository } from './store/customer-care.repository';
import { CustomerChurnRepository } from './store/customer-churn.repository';
import { CustomerDocumentsRepository } from './store/customer-documents.repository';
import { CustomerLookups } from './store/customer-lookups';
import { CustomerPoolRepository } from './store/customer-pool.repository';
import { CustomerRepository, customersMigrationsDir } from './store/customer.repository';
import { CustomerSettingsRepository } from './store/customer-settings.repository';
import { CustomerTimelineRepository } from './store/customer-timeline.repository';
import { LookupCache } from './store/lookup-cache';
import { recognitionConsumer, recognitionLeftToFastPath } from './events/recognition.consumer';

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
  const relay = new OutboxRelay({
    pool,
    js: bus.js,
    ns: bus.ns,
    logger,
    leaveFresh: recognitionLeftToFastPath,
  });
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
    lookups: new CustomerLookups(customers, lookupCache, pool),
    timeline: new CustomerTimelineRepository(pool),
  };
  // Card taps and incoming calls from the sites (CRM_EDGE) → timeline + screen pop events.
  const recognition = recognitionConsumer(bus, pool, stores.lookups, logger);
  await recognition.start();
  const handle = createHandlerFactory({
    logger,
    resolvePrincipal: tokenPrincipalResolver(config.JWT_PUBLIC_KEY),
  });
  // Documents travel as one message: the limit is the largest document plus room for the rest.
  const server = new GrpcServer(
    [
      loadDefinition('crm/customers/v1/customers.proto'),
      loadDefinition('crm/customers/v1/customer_care.proto'),
      loadDefinition('crm/customers/v1/customer_documents.proto'),
      loadDefinition('crm/customers/v1/customer_import.proto'),
    ],
    { maxReceiveMessageBytes: config.DOCUMENT_MAX_BYTES + 1024 * 1024 },
  );
  server.addService(
    customersV1().CustomersService.service,
    customersGrpcService(stores, handle),
    'crm.customers.v1.CustomersService',
  );
  const churn = new CustomerChurnRepository(pool, lookupCache);
  const care = new CustomerCareRepository(pool);
  const timeZone = config.BUSINESS_TIME_ZONE;
  server.addService(
    customerCareV1().CustomerCareService.service,
    customerCareGrpcService({ churn, care }, handle, { timeZone }),
    'crm.customers.v1.CustomerCareService',
  );
  server.addService(
    customerDocumentsV1().CustomerDocumentsService.service,
    customerDocumentsGrpcService(new CustomerDocumentsRepository(pool), handle, {
      maxBytes: config.DOCUMENT_MAX_BYTES,
    }),
    'crm.customers.v1.CustomerDocumentsService',
  );
  // Excel import/export (R-CUS-7): the file streams in and out in chunks, so no message limit applies.
  const owners = new OwnerDirectory(config.IDENTITY_ADDR, logger);
  server.addService(
    customerImportV1().CustomerImportService.service,
    customerImportGrpcService(
      { customers, settings, imports: new CustomerImportRepository(pool, lookupCache), owners },
      {
        handle,
        resolvePrincipal: tokenPrincipalResolver(config.JWT_PUBLIC_KEY),
        logger,
        limits: { maxBytes: config.CUSTOMER_IMPORT_MAX_BYTES, maxRows: config.CUSTOMER_IMPORT_MAX_ROWS },
      },
    ),
    'crm.customers.v1.CustomerImportService',
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

  // Churn flags and care reminders (R-CUS-8, R-CUS-9) on their own timer, same discipline.
  let careSweeping: Promise<void> | undefined;
  const careSweep = () => {
    const now = new Date();
    careSweeping ??= Promise.all([sweepChurn(churn, now, timeZone), sweepCare(care, now, timeZone)])
      .then(([c, k]) => {
        if (c.flagged.length || c.resumed.length || k.published)
          logger.info(
            { flagged: c.flagged.length, resumed: c.resumed.length, careDue: k.published },
            'churn and care rules applied',
          );
      })
      .catch((err: unknown) => logger.error({ err }, 'churn and care rules failed'))
      .finally(() => {
        careSweeping = undefined;
      });
  };
  const careTimer = setInterval(careSweep, Math.min(config.CARE_SWEEP_INTERVAL_SECONDS, 86_400) * 1000);
  careTimer.unref();

  return {
    port,
    async stop() {
      clearInterval(timer);
      clearInterval(careTimer);
      await sweeping;
      await careSweeping;
      await server.stop();
      owners.close();
      await recognition.stop();
      await relay.stop();
      await bus.close();
      await cache.close();
      await pool.end();
    },
  };
}
