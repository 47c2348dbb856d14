import { runMain } from '@crm/runtime';
import { loadCustomersConfig } from './config';
import { startCustomersService } from './customers.service';

runMain('customers', () => loadCustomersConfig(), startCustomersService);
