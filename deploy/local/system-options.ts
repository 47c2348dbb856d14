import { isIPv4 } from 'node:net';
import path from 'node:path';
import { DEFAULT_NATS_PORT, DEFAULT_POSTGRES_PORT, DEFAULT_REDIS_PORT } from '@crm/devservers';
import type { ServiceDefinition } from './service.types';
import { SERVICES } from './services';

/** Options of startSystem; each falls back to its environment variable, then to the default. */
export interface SystemOptions {
  /** The services to run (default: the registry in services.ts). */
  registry?: readonly ServiceDefinition[];
  /** Repo root: services start here (default: two folders up from this file). */
  rootDir?: string;
  /** CRM_DATA_DIR: data of the servers we start (default `<rootDir>/.data`). */
  dataDir?: string;
  /** CRM_PG_URL / CRM_NATS_URL / CRM_REDIS_URL: use these servers instead of starting them. */
  pgUrl?: string;
  natsUrl?: string;
  redisUrl?: string;
  /** CRM_PG_PORT / CRM_NATS_PORT / CRM_REDIS_PORT: ports of the servers we start (54329, 4223, 6380). */
  pgPort?: number;
  natsPort?: number;
  redisPort?: number;
  /** CRM_DB_PREFIX: database of service `x` is `<prefix>x` (default `crm_`). */
  dbPrefix?: string;
  /** CRM_HTTP_PORT: the gateway's port (default 8080; 0 picks a free one). */
  httpPort?: number;
  /** CRM_GRPC_BASE_PORT: gRPC services get base, base+1, … in registry order (default: free ports). */
  grpcBasePort?: number;
  /**
   * CRM_LISTEN_HOST: where the gateway (HTTP and the edge ingress) listens, default 127.0.0.1 (this
   * machine only); 0.0.0.0 (or one of the machine's addresses) on a branch server that the staff's
   * browsers and the sites' agents reach over the LAN. The other services always listen on 127.0.0.1.
   */
  listenHost?: string;
  /** CRM_EDGE_GRPC_PORT: the gateway's edge ingress for site agents (default 0: any free port; npm start: 50051). */
  edgePort?: number;
  /**
   * CRM_BUNDLE=0: run each service's TypeScript with tsx, as before, instead of a bundle (one
   * JavaScript file per service, made with esbuild when its sources change; see service-bundle.ts).
   */
  bundle?: boolean;
  /** LOG_LEVEL given to the services (default info). */
  logLevel?: string;
  /** CRM_LOG_RAW=1: show service output as written instead of formatted. */
  logRaw?: boolean;
  /** Where formatted service output goes, one line per call (default stdout); null: nowhere. */
  output?: ((line: string) => void) | null;
  /** Colour the output (default: when stdout is a terminal and NO_COLOR is not set). */
  color?: boolean;
  /** CRM_READY_TIMEOUT_MS: how long a service may take to become ready (default 60 s). */
  readyTimeoutMs?: number;
  /**
   * Run servers and services in their own sessions, out of reach of the terminal's Ctrl-C, so
   * the caller stops them in order (the `npm start` runner does). Default false: they get the
   * terminal's Ctrl-C with their parent, which suits tests.
   */
  detached?: boolean;
  /** Aborts start-up: what was started is stopped and startSystem rejects. */
  signal?: AbortSignal;
  /** Extra environment for every service, e.g. NATS_NAMESPACE to keep a test run's streams apart. */
  serviceEnv?: Record<string, string>;
  /**
   * Node options for every service, after the runner's own NODE_OPTIONS and before the service's
   * (from the registry, which win). Default none: V8's defaults, as in Kubernetes.
   */
  nodeOptions?: string;
  /** CRM_ADMIN_PASSWORD: the administrator's password on the very first start (else identity prints a random one). */
  adminPassword?: string;
  /**
   * `npm start -- --demo` or CRM_DEMO=1: load the demo data (every service's part, deploy/local/demo-runner.ts)
   * once the system is ready, if it is a new one (its databases made by this start).
   */
  demo?: boolean;
  /** Where the CRM_* variables are read from (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface SystemConfig {
  registry: readonly ServiceDefinition[];
  rootDir: string;
  dataDir: string;
  pgUrl?: string;
  natsUrl?: string;
  redisUrl?: string;
  pgPort: number;
  natsPort: number;
  redisPort: number;
  dbPrefix: string;
  httpPort: number;
  grpcBasePort?: number;
  listenHost: string;
  edgePort: number;
  bundle: boolean;
  logLevel: string;
  logRaw: boolean;
  output: ((line: string) => void) | null;
  color: boolean;
  readyTimeoutMs: number;
  detached: boolean;
  signal?: AbortSignal;
  serviceEnv: Record<string, string>;
  nodeOptions?: string;
  adminPassword?: string;
  demo: boolean;
}

const REPO_ROOT = path.resolve(__dirname, '../..');

function envNumber(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

const envString = (env: NodeJS.ProcessEnv, name: string): string | undefined => env[name] || undefined;

/** 1/true/yes or 0/false/no (any case); unset or empty: false. */
function envFlag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || ['0', 'false', 'no'].includes(raw)) return false;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  throw new Error(`${name} must be 1 or 0 (true or false), got "${env[name]}"`);
}

/** An IPv4 address to listen on (every service binds IPv4; 127.0.0.1 is also what it is reached at). */
function listenHost(host: string): string {
  if (!isIPv4(host)) {
    throw new Error(
      `CRM_LISTEN_HOST must be an IPv4 address: 127.0.0.1 (this machine only), 0.0.0.0 (every interface) ` +
        `or one of this machine's addresses; got "${host}"`,
    );
  }
  return host;
}

/** Options, then environment, then defaults; a bad variable is named in the error. */
export function resolveSystemConfig(options: SystemOptions = {}): SystemConfig {
  const env = options.env ?? process.env;
  const rootDir = options.rootDir ?? REPO_ROOT;
  const dbPrefix = options.dbPrefix ?? envString(env, 'CRM_DB_PREFIX') ?? 'crm_';
  if (!/^[a-z_][a-z0-9_]*$/.test(dbPrefix)) {
    throw new Error(`CRM_DB_PREFIX must be lower-case letters, digits and _, got "${dbPrefix}"`);
  }
  const port = (name: string) => envNumber(env, name, 1, 65535);
  return {
    registry: options.registry ?? SERVICES,
    rootDir,
    dataDir: path.resolve(rootDir, options.dataDir ?? envString(env, 'CRM_DATA_DIR') ?? '.data'),
    pgUrl: options.pgUrl ?? envString(env, 'CRM_PG_URL'),
    natsUrl: options.natsUrl ?? envString(env, 'CRM_NATS_URL'),
    redisUrl: options.redisUrl ?? envString(env, 'CRM_REDIS_URL'),
    pgPort: options.pgPort ?? port('CRM_PG_PORT') ?? DEFAULT_POSTGRES_PORT,
    natsPort: options.natsPort ?? port('CRM_NATS_PORT') ?? DEFAULT_NATS_PORT,
    redisPort: options.redisPort ?? port('CRM_REDIS_PORT') ?? DEFAULT_REDIS_PORT,
    dbPrefix,
    httpPort: options.httpPort ?? envNumber(env, 'CRM_HTTP_PORT', 0, 65535) ?? 8080,
    grpcBasePort: options.grpcBasePort ?? port('CRM_GRPC_BASE_PORT'),
    listenHost: listenHost(options.listenHost ?? envString(env, 'CRM_LISTEN_HOST') ?? '127.0.0.1'),
    edgePort: options.edgePort ?? envNumber(env, 'CRM_EDGE_GRPC_PORT', 0, 65535) ?? 0,
    bundle: options.bundle ?? env.CRM_BUNDLE !== '0',
    logLevel: options.logLevel ?? envString(env, 'LOG_LEVEL') ?? 'info',
    logRaw: options.logRaw ?? env.CRM_LOG_RAW === '1',
    output: options.output === undefined ? (line) => process.stdout.write(`${line}\n`) : options.output,
    color: options.color ?? (process.stdout.isTTY === true && !env.NO_COLOR),
    readyTimeoutMs: options.readyTimeoutMs ?? envNumber(env, 'CRM_READY_TIMEOUT_MS', 1, 3_600_000) ?? 60_000,
    detached: options.detached ?? false,
    signal: options.signal,
    serviceEnv: options.serviceEnv ?? {},
    nodeOptions: options.nodeOptions,
    adminPassword: options.adminPassword ?? envString(env, 'CRM_ADMIN_PASSWORD'),
    demo: options.demo ?? envFlag(env, 'CRM_DEMO'),
  };
}

/** Database name of a service: `<prefix><name>` with dashes made underscores. */
export const databaseName = (config: Pick<SystemConfig, 'dbPrefix'>, service: string): string =>
  `${config.dbPrefix}${service.replaceAll('-', '_')}`;
