/**
 * The services a test asks for (identity and/or customers) and the gateway in-process on port 0 against
 * the real PostgreSQL, NATS and Redis, each stack with its own databases, NATS namespace and Redis
 * prefix, so that test files can run in parallel. With identity and the gateway the built-in
 * administrator is logged in through the REST API; otherwise the admin token is signed with the test keys.
 */
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { createLogger } from '@crm/log';
import {
  cleanupRedis,
  connectTestNats,
  connectTestRedis,
  createTestDatabase,
  testAccessToken,
  testBusNamespace,
  testNatsUrl,
  testPassword,
  testRedisPrefix,
  testRedisUrl,
  testSigningKeys,
  type TestBusNamespace,
  type TestDatabase,
  type TestRedisClient,
} from '@crm/testing';
import { loadCustomersConfig } from '../../../customers/src/config';
import { startCustomersService } from '../../../customers/src/customers.service';
import { loadIdentityConfig } from '../../../identity/src/config';
import { startIdentityService } from '../../../identity/src/identity.service';
import { loadGatewayConfig } from '../../src/config';
import { startGateway } from '../../src/gateway';

export interface PlatformApiAnswer {
  status: number;
  /** The content-type header ('' without one). */
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

export interface PlatformApiInit {
  /** Defaults to POST when there is a body, GET otherwise. */
  method?: string;
  /** Sent as JSON unless it is a string already. */
  body?: unknown;
  /** Bearer token; stack.api() defaults to the administrator's, '' sends no authorization header. */
  token?: string;
  headers?: Record<string, string>;
}

export interface PlatformStackOptions {
  identity?: boolean;
  customers?: boolean;
  /** false: no gateway (a test that mounts routes itself); `base`, `api` and the ports are then unusable. */
  gateway?: boolean;
  /** The built-in administrator's password (a fresh testPassword() by default). */
  adminPassword?: string;
  /** Extra environment per service (limits or features under test). */
  env?: {
    identity?: Record<string, string>;
    customers?: Record<string, string>;
    gateway?: Record<string, string>;
  };
}

export interface PlatformStack {
  /** http://127.0.0.1:<gateway port> */
  base: string;
  gatewayPort: number;
  /** Present when the gateway was started with EDGE_GRPC_PORT. */
  edgePort?: number;
  identityAddr?: string;
  customersAddr?: string;
  identityDb?: TestDatabase;
  customersDb?: TestDatabase;
  ns: TestBusNamespace;
  /** This stack's Redis prefix (ends with ':'); identity and customers keys live under it. */
  redisPrefix: string;
  redis: TestRedisClient;
  nc: NatsConnection;
  /** The administrator's first password; with identity and gateway, changed at start (signInForWork). */
  adminPassword: string;
  adminToken: string;
  /** Calls `/api/v1${path}` on the gateway (as the administrator unless `token` says otherwise). */
  api(path: string, init?: PlatformApiInit): Promise<PlatformApiAnswer>;
  /** Stops the gateway (HTTP, live sockets, edge ingress): an outage, as a client sees it. */
  stopGateway(): Promise<void>;
  /** Starts the gateway again on the same HTTP (and edge) ports. */
  restartGateway(): Promise<void>;
  /**
   * Stops the gateway and the services, then removes this stack's NATS streams, Redis keys and
   * databases. `beforeCleanup` runs once the services are stopped, while NATS and Redis still hold
   * this stack's data (e.g. to read what was published).
   */
  stop(beforeCleanup?: () => Promise<void>): Promise<void>;
}

/** Calls `${base}/api/v1${path}` with a JSON body and the bearer token given ('' or none: no header). */
export async function fetchApi(
  base: string,
  path: string,
  init: PlatformApiInit = {},
): Promise<PlatformApiAnswer> {
  const res = await fetch(`${base}/api/v1${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : undefined,
    headers: res.headers,
  };
}

/**
 * Signs in over REST ready for work and returns the access token. A first login (and the first after
 * a reset) may only change the password: it is changed here to `newPassword` and the session renewed
 * with the refresh token, whose new access token carries no pending change (what the portal does).
 */
export async function signInForWork(
  base: string,
  username: string,
  password: string,
  newPassword = `${password}-2`,
): Promise<string> {
  const login = await fetchApi(base, '/auth/login', { body: { username, password } });
  if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.status}`);
  if (!login.body.user.mustChangePassword) return login.body.accessToken as string;
  const { accessToken, refreshToken } = login.body as { accessToken: string; refreshToken: string };
  const changed = await fetchApi(base, '/auth/change-password', {
    body: { currentPassword: password, newPassword },
    token: accessToken,
    headers: { cookie: `crm_refresh=${refreshToken}` },
  });
  if (changed.status !== 204) throw new Error(`password change of ${username} failed: ${changed.status}`);
  const renewed = await fetchApi(base, '/auth/refresh', { body: { refreshToken } });
  if (renewed.status !== 200) throw new Error(`session renewal of ${username} failed: ${renewed.status}`);
  return renewed.body.accessToken as string;
}

export async function startPlatformStack(options: PlatformStackOptions = {}): Promise<PlatformStack> {
  const logger = createLogger({ service: 'test', level: 'silent' });
  const ns = testBusNamespace();
  const NATS_NAMESPACE = ns.subjectPrefix.slice(0, -1);
  const redisPrefix = testRedisPrefix();
  const keys = testSigningKeys();
  const adminPassword = options.adminPassword ?? testPassword();
  const redis = await connectTestRedis();
  const nc = await connectTestNats();
  const identityDb = options.identity ? await createTestDatabase() : undefined;
  const customersDb = options.customers ? await createTestDatabase() : undefined;
  const identity = identityDb
    ? await startIdentityService(
        loadIdentityConfig({
          DATABASE_URL: identityDb.url,
          NATS_URL: testNatsUrl(),
          NATS_NAMESPACE,
          REDIS_URL: testRedisUrl(),
          REDIS_PREFIX: `${redisPrefix}identity`,
          GRPC_PORT: '0',
          JWT_PRIVATE_KEY: keys.privateKeyPem,
          JWT_PUBLIC_KEY: keys.publicKeyPem,
          CRM_ADMIN_PASSWORD: adminPassword,
          LOG_LEVEL: 'silent',
          ...options.env?.identity,
        }),
        logger,
      )
    : undefined;
  const customers = customersDb
    ? await startCustomersService(
        loadCustomersConfig({
          NATS_URL: testNatsUrl(),
          NATS_NAMESPACE,
          GRPC_PORT: '0',
          LOG_LEVEL: 'silent',
          JWT_PUBLIC_KEY: keys.publicKeyPem,
          DATABASE_URL: customersDb.url,
          REDIS_URL: testRedisUrl(),
          REDIS_PREFIX: `${redisPrefix}customers`,
          ...options.env?.customers,
        }),
        logger,
      )
    : undefined;
  const identityAddr = identity && `127.0.0.1:${identity.port}`;
  const customersAddr = customers && `127.0.0.1:${customers.port}`;
  const gatewayConfig = (httpPort: number, edgePort?: number) =>
    loadGatewayConfig({
      HTTP_PORT: String(httpPort),
      // Nothing listens there: the tests of a stack without customers never call it, nor analytics.
      CUSTOMERS_ADDR: customersAddr ?? '127.0.0.1:1',
      ANALYTICS_ADDR: '127.0.0.1:1',
      ...(identityAddr ? { IDENTITY_ADDR: identityAddr } : {}),
      REDIS_URL: testRedisUrl(),
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      NATS_URL: testNatsUrl(),
      NATS_NAMESPACE,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_API_PER_MINUTE: '100000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
      ...options.env?.gateway,
      ...(edgePort === undefined ? {} : { EDGE_GRPC_PORT: String(edgePort) }),
    });
  let gateway: Awaited<ReturnType<typeof startGateway>> | undefined =
    options.gateway === false ? undefined : await startGateway(gatewayConfig(0), logger);
  const gatewayPort = gateway?.port ?? 0;
  const edgePort = gateway?.edgePort;
  const base = `http://127.0.0.1:${gatewayPort}`;

  const api = (path: string, init: PlatformApiInit = {}) =>
    fetchApi(base, path, { ...init, token: init.token ?? stack.adminToken });

  const stack: PlatformStack = {
    base,
    gatewayPort,
    edgePort,
    identityAddr,
    customersAddr,
    identityDb,
    customersDb,
    ns,
    redisPrefix,
    redis,
    nc,
    adminPassword,
    adminToken: '',
    api,
    async stopGateway() {
      await gateway?.stop();
      gateway = undefined;
    },
    async restartGateway() {
      gateway = await startGateway(gatewayConfig(gatewayPort, edgePort), logger);
    },
    async stop(beforeCleanup) {
      await gateway?.stop();
      await customers?.stop();
      await identity?.stop();
      await beforeCleanup?.();
      await ns.cleanup(await jetstreamManager(nc));
      await nc.close();
      await cleanupRedis(redis, redisPrefix);
      await redis.quit();
      await customersDb?.drop();
      await identityDb?.drop();
    },
  };
  if (identity && gateway) {
    stack.adminToken = await signInForWork(base, 'admin', adminPassword);
  } else {
    stack.adminToken = await testAccessToken({ userId: 'test-admin' });
  }
  return stack;
}
