// `npm start` (`-- --demo`): node deploy/local/start.cjs, which runs this bundled (settings: see system-options.ts).
import { runCli } from './cli';

// Site agents need an address they can be configured with once: a fixed port for the edge ingress
// (gRPC's usual 50051) unless CRM_EDGE_GRPC_PORT says otherwise. Tests keep picking free ports.
process.env.CRM_EDGE_GRPC_PORT ??= '50051';

// `npm start -- --demo`: the demo data (or CRM_DEMO=1). Anything else is a mistake worth saying.
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const unknown = flags.filter((flag) => flag !== '--demo');
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(' ')}: npm start takes --demo (load the demo data), or none.`);
  process.exit(2);
}
void runCli(flags.includes('--demo') ? { demo: true } : {});
