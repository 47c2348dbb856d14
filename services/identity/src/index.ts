// The identity service as other packages may use it (the tests' stacks, for one). Nothing else of src/
// is imported from outside the service.
import { busMigrationsDir, busMigrationsNamespace } from '@crm/bus';
import { loadIdentityConfig } from './config';
import { startIdentityService } from './identity.service';
import { identityMigrationsDir } from './store/identity.store';

export { loadIdentityConfig, type IdentityConfig } from './config';
export { startIdentityService, type IdentityServiceOptions } from './identity.service';

/**
 * The service as a whole: its config loader and start function (those its main.ts runs) and the
 * migrations startIdentityService applies to its database, in its order.
 */
export const identityService = {
  name: 'identity',
  loadConfig: loadIdentityConfig,
  start: startIdentityService,
  migrations: [
    { namespace: busMigrationsNamespace, dir: busMigrationsDir },
    { namespace: 'identity', dir: identityMigrationsDir },
  ],
};
