import { createClient } from '@crm/grpc';
import { analyticsV1, customersV1, healthV1 } from '@crm/proto';
import type { GatewayConfig } from '../config';

/** One client per downstream service, created once; reads are retried on UNAVAILABLE. */
export function createDownstreamClients(config: Pick<GatewayConfig, 'CUSTOMERS_ADDR' | 'ANALYTICS_ADDR'>) {
  const { CustomersService } = customersV1();
  const { AnalyticsService } = analyticsV1();
  const { Health } = healthV1();
  const clients = {
    customers: createClient(CustomersService, 'crm.customers.v1.CustomersService', config.CUSTOMERS_ADDR, {
      idempotentMethods: ['GetCustomer', 'ListCustomers'],
    }),
    analytics: createClient(AnalyticsService, 'crm.analytics.v1.AnalyticsService', config.ANALYTICS_ADDR, {
      idempotentMethods: ['GetBranchCustomerCounts'],
    }),
    health: {
      customers: createClient(Health, 'grpc.health.v1.Health', config.CUSTOMERS_ADDR, { deadlineMs: 1000 }),
      analytics: createClient(Health, 'grpc.health.v1.Health', config.ANALYTICS_ADDR, { deadlineMs: 1000 }),
    },
    close() {
      for (const c of [
        clients.customers,
        clients.analytics,
        clients.health.customers,
        clients.health.analytics,
      ])
        c.close();
    },
  };
  return clients;
}
export type DownstreamClients = ReturnType<typeof createDownstreamClients>;
