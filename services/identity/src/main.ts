import { runMain } from '@crm/runtime';
import { loadIdentityConfig } from './config';
import { startIdentityService } from './identity.service';

runMain('identity', () => loadIdentityConfig(), startIdentityService);
