import { runService } from '@crm/runtime';
import { customersService } from './customers.service';

runService(customersService);
