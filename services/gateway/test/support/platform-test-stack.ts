/**
 * The services a test asks for (identity and/or customers) and the gateway in this process on the
 * real PostgreSQL, NATS and Redis (@crm/testing's startTestStack: databases, a NATS namespace and a
 * Redis prefix of their own, so that test files run in parallel). With identity and the gateway the
 * built-in administrator is logged in through the REST API; otherwise the admin token is signed with
 * the test keys.
 */
import { customersService } from '@crm/service-customers';
import { identityService } from '@crm/service-identity';
import {
  callApi,
  startTestStack,
  testAccessToken,
  testPassword,
  type ApiAnswer,
  type ApiInit,
  type TestDatabase,
  type TestStack,
  type TestStackService,
} from '@crm/testing';
import { gatewayService, type startGateway } from '../../src';

export type PlatformApiAnswer = ApiAnswer;
export type PlatformApiInit = ApiInit;

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

export interface PlatformStack extends Pick<TestStack, 'ns' | 'redisPrefix' | 'redis' | 'nc' | 'stop'> {
  /** http://127.0.0.1:<gateway port> */
  base: string;
  gatewayPort: number;
  /** Present when the gateway was started with EDGE_GRPC_PORT. */
  edgePort?: number;
  identityAddr?: string;
  customersAddr?: string;
  identityDb?: TestDatabase;
  customersDb?: TestDatabase;
  /** The administrator's first password; with identity and gateway, changed at start (signInForWork). */
  adminPassword: string;
  adminToken: string;
  /** Calls `/api/v1${path}` on the gateway (as the administrator unless `token` says otherwise). */
  api(path: string, init?: PlatformApiInit): Promise<PlatformApiAnswer>;
  /** Stops the gateway (HTTP, live sockets, edge ingress): an outage, as a client sees it. */
  stopGateway(): Promise<void>;
  /** Starts the gateway again on the same HTTP (and edge) ports. */
  restartGateway(): Promise<void>;
}

/** Calls `${base}/api/v1${path}` with a JSON body and the bearer token given ('' or none: no header). */
export const fetchApi = (base: string, path: string, init: PlatformApiInit = {}) =>
  callApi(`${base}/api/v1${path}`, init);

type Gateway = Awaited<ReturnType<typeof startGateway>>;

const gateway: TestStackService<Gateway> = {
  ...gatewayService,
  samePorts: (g) => ({
    HTTP_PORT: String(g.port),
    ...(g.edgePort === undefined ? {} : { EDGE_GRPC_PORT: String(g.edgePort) }),
  }),
  // Nothing listens there: the tests of a stack without customers never call it, nor analytics.
  env: {
    CUSTOMERS_ADDR: '127.0.0.1:1',
    ANALYTICS_ADDR: '127.0.0.1:1',
    RATE_LIMIT_API_PER_MINUTE: '100000',
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
  },
};

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
  const adminPassword = options.adminPassword ?? testPassword();
  const stack = await startTestStack({
    services: [
      ...(options.identity ? [identityService] : []),
      ...(options.customers ? [customersService] : []),
      ...(options.gateway === false ? [] : [gateway]),
    ],
    env: { ...options.env, identity: { CRM_ADMIN_PASSWORD: adminPassword, ...options.env?.identity } },
  });
  const withGateway = options.gateway !== false;
  const gatewayPort = withGateway ? stack.port('gateway') : 0;
  const base = `http://127.0.0.1:${gatewayPort}`;
  const platform: PlatformStack = {
    base,
    gatewayPort,
    edgePort: withGateway ? stack.started<Gateway>('gateway').edgePort : undefined,
    identityAddr: options.identity ? stack.address('identity') : undefined,
    customersAddr: options.customers ? stack.address('customers') : undefined,
    identityDb: options.identity ? stack.database('identity') : undefined,
    customersDb: options.customers ? stack.database('customers') : undefined,
    ns: stack.ns,
    redisPrefix: stack.redisPrefix,
    redis: stack.redis,
    nc: stack.nc,
    adminPassword,
    adminToken: '',
    api: (path, init = {}) => fetchApi(base, path, { ...init, token: init.token ?? platform.adminToken }),
    stopGateway: () => stack.stopService('gateway'),
    restartGateway: () => stack.startService('gateway'),
    stop: (beforeCleanup) => stack.stop(beforeCleanup),
  };
  if (options.identity && withGateway) {
    try {
      platform.adminToken = await signInForWork(base, 'admin', adminPassword);
    } catch (error) {
      await stack.stop();
      throw error;
    }
  } else {
    platform.adminToken = await testAccessToken({ userId: 'test-admin' });
  }
  return platform;
}
