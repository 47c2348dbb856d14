// The gateway as other packages may use it (the tests' stacks, for one). Nothing else of src/ is
// imported from outside the gateway.
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

export { loadGatewayConfig, type GatewayConfig } from './config';
export { startGateway } from './gateway';
export type { LiveMessage } from './live/live-hub';

/** The gateway as a whole: its config loader and start function (those its main.ts runs); no database. */
export const gatewayService = { name: 'gateway', loadConfig: loadGatewayConfig, start: startGateway };
