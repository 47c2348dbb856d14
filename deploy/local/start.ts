// `npm start`: node --import tsx deploy/local/start.ts (settings: see system-options.ts).
import { runCli } from './cli';

// Site agents need an address they can be configured with once: a fixed port for the edge ingress
// (gRPC's usual 50051) unless CRM_EDGE_GRPC_PORT says otherwise. Tests keep picking free ports.
process.env.CRM_EDGE_GRPC_PORT ??= '50051';

void runCli();
