import { runMain } from '@crm/runtime';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

runMain('gateway', () => loadGatewayConfig(), startGateway);
