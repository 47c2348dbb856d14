// The analytics service as other packages may use it (the tests' stacks, for one): the config loader and
// start function its main.ts runs, and the migrations of its database. Nothing else of src/ is
// imported from outside the service.
import { busMigrationsDir, busMigrationsNamespace } from '@crm/bus';
import type { MigrationSource } from '@crm/db';
import { analyticsMigrationsDir } from './store/customer-count.repository';

export { loadAnalyticsConfig, type AnalyticsConfig } from './config';
export { startAnalyticsService } from './analytics.service';

/** The migrations startAnalyticsService applies, in its order (a test database template is made of them). */
export const analyticsMigrations: readonly MigrationSource[] = [
  { namespace: busMigrationsNamespace, dir: busMigrationsDir },
  { namespace: 'analytics', dir: analyticsMigrationsDir },
];
