import type { ServiceDefinition } from './service.types';

export interface RunningService {
  name: string;
  kind: ServiceDefinition['kind'];
  pid: number;
  port: number;
  /** `127.0.0.1:<port>`, what other services are given as `<NAME>_ADDR`. */
  address: string;
  /** For the HTTP service: `http://localhost:<port>`. */
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
}

export interface ServiceFailure {
  service: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Its last output lines, as written. */
  tail: string[];
}

export interface RunningSystem {
  /** The gateway: portal and REST API, `http://localhost:<port>`. */
  httpUrl: string;
  services: Record<string, RunningService>;
  servers: { postgres: RunningServer; nats: RunningServer; redis: RunningServer };
  dataDir: string;
  /** Resolves when a service exits while the system runs (not because of stop()). */
  failure: Promise<ServiceFailure>;
  /** Stops the services (dependents first), then the servers we started. Safe to call twice. */
  stop(): Promise<void>;
}
