// The analytics service as other packages may use it (the tests' stacks, for one). Nothing else of src/
// is imported from outside the service.
import { busMigrationsDir, busMigrationsNamespace } from '@crm/bus';
import { loadAnalyticsConfig } from './config';
import { startAnalyticsService } from './analytics.service';
import { analyticsMigrationsDir } from './store/customer-count.repository';

export { loadAnalyticsConfig, type AnalyticsConfig } from './config';
export { startAnalyticsService } from './analytics.service';

/**
 * The service as a whole: its config loader and start function (those its main.ts runs) and the
 * migrations startAnalyticsService applies to its database, in its order.
 */
export const analyticsService = {
  name: 'analytics',
  loadConfig: loadAnalyticsConfig,
  start: startAnalyticsService,
  migrations: [
    { namespace: busMigrationsNamespace, dir: busMigrationsDir },
    { namespace: 'analytics', dir: analyticsMigrationsDir },
  ],
};
