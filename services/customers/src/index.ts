// The customers service as other packages may use it (the tests' stacks, for one): the config loader and
// start function its main.ts runs, and the migrations of its database. Nothing else of src/ is
// imported from outside the service.
import { busMigrationsDir, busMigrationsNamespace } from '@crm/bus';
import type { MigrationSource } from '@crm/db';
import { customersMigrationsDir } from './store/customer.repository';

export { loadCustomersConfig, type CustomersConfig } from './config';
export { startCustomersService } from './customers.service';

/** The migrations startCustomersService applies, in its order (a test database template is made of them). */
export const customersMigrations: readonly MigrationSource[] = [
  { namespace: busMigrationsNamespace, dir: busMigrationsDir },
  { namespace: 'customers', dir: customersMigrationsDir },
];
