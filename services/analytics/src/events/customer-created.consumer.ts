import { IdempotentConsumer, type BusConnection } from '@crm/bus';
import type { Logger } from '@crm/log';
import type { customersV1Types } from '@crm/proto';
import type { Pool } from 'pg';
import type { CustomerCountRepository } from '../store/customer-count.repository';

/** Counts customers per branch from crm.customers.customer.created (durable `analytics-customers`). */
export function customerCreatedConsumer(
  bus: BusConnection,
  pool: Pool,
  counts: CustomerCountRepository,
  logger: Logger,
) {
  return new IdempotentConsumer<customersV1Types.CustomerCreated>({
    js: bus.js,
    ns: bus.ns,
    pool,
    logger,
    stream: 'CRM_CUSTOMERS',
    durable: 'analytics-customers',
    handler: async (event, tx) => {
      // The consumer filters crm.customers.customer.>; only creations change the count.
      if (event.type !== 'crm.customers.customer.created') return;
      await counts.increment(tx, event.branchId, new Date(event.occurredAt));
    },
  });
}
