// The customers service as other packages may use it (the tests' stacks, for one). Nothing else of src/
// is imported from outside the service.
import { busMigrationsDir, busMigrationsNamespace } from '@crm/bus';
import { loadCustomersConfig } from './config';
import { startCustomersService } from './customers.service';
import { customersMigrationsDir } from './store/customer.repository';

export { loadCustomersConfig, type CustomersConfig } from './config';
export { startCustomersService } from './customers.service';

/**
 * The service as a whole: its config loader and start function (those its main.ts runs) and the
 * migrations startCustomersService applies to its database, in its order.
 */
export const customersService = {
  name: 'customers',
  loadConfig: loadCustomersConfig,
  start: startCustomersService,
  migrations: [
    { namespace: busMigrationsNamespace, dir: busMigrationsDir },
    { namespace: 'customers', dir: customersMigrationsDir },
  ],
};
