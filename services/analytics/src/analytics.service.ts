import { busMigrationsDir, busMigrationsNamespace, connectBus } from '@crm/bus';
import { createPool, migrate } from '@crm/db';
import { tokenPrincipalResolver } from '@crm/auth';
import { createHandlerFactory, GrpcServer } from '@crm/grpc';
import type { Logger } from '@crm/log';
import { analyticsV1, loadDefinition } from '@crm/proto';
import type { AnalyticsConfig } from './config';
import { branchNamesConsumer } from './events/branch-names.consumer';
import { customerCreatedConsumer } from './events/customer-created.consumer';
import { analyticsGrpcService } from './grpc/analytics.grpc-service';
import { BranchNameRepository } from './store/branch-name.repository';
import { analyticsMigrationsDir, CustomerCountRepository } from './store/customer-count.repository';

/** Starts the analytics service: migrations, its durable consumers, gRPC server. */
export async function startAnalyticsService(config: AnalyticsConfig, logger: Logger) {
  const pool = createPool(config.DATABASE_URL, { applicationName: 'analytics' });
  await migrate(
    pool,
    [
      { namespace: busMigrationsNamespace, dir: busMigrationsDir },
      { namespace: 'analytics', dir: analyticsMigrationsDir },
    ],
    { logger },
  );
  const bus = await connectBus({ url: config.NATS_URL, name: 'analytics', namespace: config.NATS_NAMESPACE });
  const counts = new CustomerCountRepository(pool);
  const consumer = customerCreatedConsumer(bus, pool, counts, logger);
  await consumer.start();
  const names = branchNamesConsumer(bus, pool, new BranchNameRepository(), logger);
  await names.start();

  const handle = createHandlerFactory({
    logger,
    resolvePrincipal: tokenPrincipalResolver(config.JWT_PUBLIC_KEY),
  });
  const server = new GrpcServer([loadDefinition('crm/analytics/v1/analytics.proto')]);
  server.addService(
    analyticsV1().AnalyticsService.service,
    analyticsGrpcService(counts, handle),
    'crm.analytics.v1.AnalyticsService',
  );
  const port = await server.start(config.GRPC_PORT);
  logger.info({ port }, 'analytics service listening');

  return {
    port,
    async stop() {
      await server.stop();
      await consumer.stop();
      await names.stop();
      await bus.close();
      await pool.end();
    },
  };
}
