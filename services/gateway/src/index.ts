// The gateway as other packages may use it (the tests' stacks, for one): the config loader and start
// function its main.ts runs, and the message it pushes on /api/v1/live. Nothing else of src/ is
// imported from outside the gateway.
export { loadGatewayConfig, type GatewayConfig } from './config';
export { startGateway } from './gateway';
export type { LiveMessage } from './live/live-hub';
