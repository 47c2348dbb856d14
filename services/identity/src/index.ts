// The identity service as other packages may use it (the tests' stacks, for one): the config loader and
// start function its main.ts runs, and the migrations of its database. Nothing else of src/ is
// imported from outside the service.
import { busMigrationsDir, busMigrationsNamespace } from '@crm/bus';
import type { MigrationSource } from '@crm/db';
import { identityMigrationsDir } from './store/identity.store';

export { loadIdentityConfig, type IdentityConfig } from './config';
export { startIdentityService, type IdentityServiceOptions } from './identity.service';

/** The migrations startIdentityService applies, in its order (a test database template is made of them). */
export const identityMigrations: readonly MigrationSource[] = [
  { namespace: busMigrationsNamespace, dir: busMigrationsDir },
  { namespace: 'identity', dir: identityMigrationsDir },
];
