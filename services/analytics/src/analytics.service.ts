import { implement } from '@crm/grpc';
import type { Logger } from '@crm/log';
import { analyticsV1 } from '@crm/proto';
import { defineService } from '@crm/runtime';
import { analyticsConfigSchema, type AnalyticsConfig } from './config';
import { branchNamesConsumer } from './events/branch-names.consumer';
import { customerCreatedConsumer } from './events/customer-created.consumer';
import { analyticsGrpcService } from './grpc/analytics.grpc-service';
import { BranchNameRepository } from './store/branch-name.repository';
import { analyticsMigrationsDir, CustomerCountRepository } from './store/customer-count.repository';

/** The analytics service: read models fed by other services' events, answered over gRPC. */
export const analyticsService = defineService({
  name: 'analytics',
  configSchema: analyticsConfigSchema,
  migrations: analyticsMigrationsDir,
  wire: ({ bus, pool, logger, handle }) => {
    const counts = new CustomerCountRepository(pool);
    return {
      grpc: [implement(analyticsV1().AnalyticsService, analyticsGrpcService(counts, handle))],
      consumers: [
        customerCreatedConsumer(bus, pool, counts, logger),
        branchNamesConsumer(bus, pool, new BranchNameRepository(), logger),
      ],
    };
  },
});

/** Starts it in-process (port 0 picks a free one); stop() reverses the start. */
export const startAnalyticsService = (config: AnalyticsConfig, logger: Logger) =>
  analyticsService.start(config, logger);
