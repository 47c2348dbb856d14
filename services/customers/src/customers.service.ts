import { implement } from '@crm/grpc';
import type { Logger } from '@crm/log';
import { customersV1 } from '@crm/proto';
import { defineService } from '@crm/runtime';
import { customersConfigSchema, type CustomersConfig } from './config';
import { sweepCare } from './domain/care.use-case';
import { sweepChurn } from './domain/churn.use-case';
import { returnIdleCustomers } from './domain/pool.use-case';
import { customerCareGrpcService } from './grpc/customer-care.grpc-service';
import { customerDocumentsGrpcService } from './grpc/customer-documents.grpc-service';
import { customerImportGrpcService } from './grpc/customer-import.grpc-service';
import { customersGrpcService } from './grpc/customers.grpc-service';
import { recognitionConsumer, recognitionLeftToFastPath } from './events/recognition.consumer';
import { CustomerCareRepository } from './store/customer-care.repository';
import { CustomerChurnRepository } from './store/customer-churn.repository';
import { CustomerDocumentsRepository } from './store/customer-documents.repository';
import { CustomerImportRepository } from './store/customer-import.repository';
import { CustomerLookups } from './store/customer-lookups';
import { CustomerPoolRepository } from './store/customer-pool.repository';
import { CustomerRepository, customersMigrationsDir } from './store/customer.repository';
import { CustomerSettingsRepository } from './store/customer-settings.repository';
import { CustomerTimelineRepository } from './store/customer-timeline.repository';
import { LookupCache } from './store/lookup-cache';
import { OwnerDirectory } from './store/owner-directory.client';

/**
 * The customers service: customer records and their cards, care, documents and Excel files; the
 * recognition of card taps and calls from the sites (with its Redis cache); the pool, churn and care
 * rules on timers. It publishes its events through the outbox (recognition's own fast path aside).
 */
export const customersService = defineService({
  name: 'customers',
  configSchema: customersConfigSchema,
  migrations: customersMigrationsDir,
  cache: true,
  wire({ config, pool, bus, cache, logger, handle, stream, own }) {
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
    const churn = new CustomerChurnRepository(pool, lookupCache);
    const care = new CustomerCareRepository(pool);
    const timeZone = config.BUSINESS_TIME_ZONE;
    // Excel import/export (R-CUS-7): the Owner column's usernames are identity's.
    const owners = own('owner directory', new OwnerDirectory(config.IDENTITY_ADDR, logger), (o) => o.close());
    const s = customersV1();
    return {
      relay: { leaveFresh: recognitionLeftToFastPath },
      // Card taps and incoming calls from the sites (CRM_EDGE) → timeline + screen pop events.
      consumers: [recognitionConsumer(bus, pool, stores.lookups, logger)],
      grpc: [
        implement(s.CustomersService, customersGrpcService(stores, handle)),
        implement(s.CustomerCareService, customerCareGrpcService({ churn, care }, handle, { timeZone })),
        implement(
          s.CustomerDocumentsService,
          customerDocumentsGrpcService(new CustomerDocumentsRepository(pool), handle, {
            maxBytes: config.DOCUMENT_MAX_BYTES,
          }),
        ),
        // The files stream in and out in chunks, so no message limit applies to them.
        implement(
          s.CustomerImportService,
          customerImportGrpcService(
            { customers, settings, imports: new CustomerImportRepository(pool, lookupCache), owners },
            {
              handle,
              stream,
              limits: {
                maxBytes: config.CUSTOMER_IMPORT_MAX_BYTES,
                maxRows: config.CUSTOMER_IMPORT_MAX_ROWS,
              },
            },
          ),
        ),
      ],
      // Documents travel as one message: the limit is the largest document plus room for the rest.
      maxReceiveMessageBytes: config.DOCUMENT_MAX_BYTES + 1024 * 1024,
      sweeps: [
        {
          name: 'pool rules',
          intervalMs: config.POOL_SWEEP_INTERVAL_SECONDS * 1000,
          async run() {
            const r = await returnIdleCustomers(poolRules, new Date());
            if (r.returned.length || r.reminded.length)
              logger.info({ returned: r.returned.length, reminded: r.reminded.length }, 'pool rules applied');
          },
        },
        {
          // Churn flags and care reminders (R-CUS-8, R-CUS-9).
          name: 'churn and care rules',
          intervalMs: config.CARE_SWEEP_INTERVAL_SECONDS * 1000,
          async run() {
            const now = new Date();
            const [c, k] = await Promise.all([
              sweepChurn(churn, now, timeZone),
              sweepCare(care, now, timeZone),
            ]);
            if (c.flagged.length || c.resumed.length || k.published)
              logger.info(
                { flagged: c.flagged.length, resumed: c.resumed.length, careDue: k.published },
                'churn and care rules applied',
              );
          },
        },
      ],
    };
  },
});

/** Starts it in-process (port 0 picks a free one); stop() reverses the start. */
export const startCustomersService = (config: CustomersConfig, logger: Logger) =>
  customersService.start(config, logger);
