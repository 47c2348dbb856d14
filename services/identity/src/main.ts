import { runService } from '@crm/runtime';
import { identityService } from './identity.service';

runService(identityService);
