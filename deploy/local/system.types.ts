import type { ServiceDefinition } from './service.types';

export interface RunningService {
  name: string;
  kind: ServiceDefinition['kind'];
  pid: number;
  port: number;
  /** `<host>:<port>` it listens on: 127.0.0.1, or for the gateway CRM_LISTEN_HOST (0.0.0.0: every interface). */
  listen: string;
  /** `127.0.0.1:<port>` (or the one address it listens on), what other services are given as `<NAME>_ADDR`. */
  address: string;
  /** For the HTTP service: `http://<address>`. */
  url?: string;
  database?: string;
  databaseUrl?: string;
}

export interface RunningServer {
  url: string;
  /** True when started by us (under the data folder); false when given by URL. */
  started: boolean;
  pid?: number;
  logFile?: string;
  /** Where a started server keeps its data: for PostgreSQL as root maybe outside the data folder (/var/lib/crm/…). */
  dataLocation?: string;
}

export interface ServiceFailure {
  service: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Its last output lines, as written. */
  tail: string[];
}

/**
 * `--demo`: whether the demo data is loaded once the system is ready (a new system) and the
 * administrator's first password it signs in with, or why not (the line the runner prints).
 */
export type DemoStart =
  | {
      load: true;
      adminPassword: string;
      /** The runner chose it (no CRM_ADMIN_PASSWORD) and printed it in the administrator's banner. */
      chosenByRunner: boolean;
    }
  | { load: false; reason: string };

export interface RunningSystem {
  /** The gateway: portal and REST API, `http://127.0.0.1:<port>`. */
  httpUrl: string;
  /** Where the gateway listens (CRM_LISTEN_HOST): 127.0.0.1 unless told to listen on the LAN. */
  listenHost: string;
  /** `<host>:<port>` of the gateway's edge ingress for site agents, when its port is fixed (CRM_EDGE_GRPC_PORT). */
  edgeIngress?: string;
  /** Where the start-up time went, e.g. "servers 1.0 s, services 2.9 s". */
  timings: string;
  services: Record<string, RunningService>;
  servers: { postgres: RunningServer; nats: RunningServer; redis: RunningServer };
  dataDir: string;
  /** The repo root the services run in. */
  rootDir: string;
  /** The services run from bundles (CRM_BUNDLE not 0): the demo parts do too. */
  bundled: boolean;
  /** Set when the demo data was asked for (`--demo`, CRM_DEMO=1). */
  demo?: DemoStart;
  /** Resolves when a service exits while the system runs (not because of stop()). */
  failure: Promise<ServiceFailure>;
  /** Stops the services (dependents first), then the servers we started. Safe to call twice. */
  stop(): Promise<void>;
}
