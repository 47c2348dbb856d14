import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cleanupRedis, connectTestRedis, randomId, testNatsUrl, testPgUrl, testRedisUrl } from '@crm/testing';
import { startSystem, type RunningSystem, type SystemOptions } from '../../deploy/local/system';

/**
 * Starts the whole system exactly as `npm start` does (each service its own process), on the test
 * servers, with a database prefix and NATS namespace of its own; dispose() also drops its databases
 * and deletes its Redis keys (every service's prefix starts with the database prefix).
 */
export async function startSystemUnderTest(
  extraEnv: Record<string, string> = {},
  options: Pick<SystemOptions, 'listenHost' | 'edgePort'> = {},
): Promise<RunningSystem & { adminPassword: string; dispose(): Promise<void> }> {
  const id = randomId();
  const dbPrefix = `crm_e2e_${id}_`;
  const namespace = `e2e_${id}`;
  // The bootstrap administrator's first password, as an operator would set it.
  const adminPassword = `Admin-${randomBytes(12).toString('base64url')}`;
  // The services' errors, shown when the system is disposed: without them a 500 in a test says
  // nothing of its cause (set CRM_E2E_VERBOSE=1 to see all of their output as it comes).
  const serviceErrors: string[] = [];
  const system = await startSystem({
    pgUrl: testPgUrl(),
    natsUrl: testNatsUrl(),
    redisUrl: testRedisUrl(),
    httpPort: 0,
    dbPrefix,
    output: process.env.CRM_E2E_VERBOSE
      ? undefined
      : (line) => {
          if (/ (ERROR|FATAL) /.test(line) && serviceErrors.length < 100) serviceErrors.push(line);
        },
    color: false,
    logLevel: 'warn',
    dataDir: path.join(os.tmpdir(), `crm-e2e-${id}`),
    serviceEnv: { NATS_NAMESPACE: namespace, CRM_ADMIN_PASSWORD: adminPassword, ...extraEnv },
    ...options,
  });
  return {
    ...system,
    adminPassword,
    async dispose() {
      await system.stop();
      if (serviceErrors.length) console.warn(`the services logged errors:\n${serviceErrors.join('\n')}`);
      // Every service's Redis prefix starts with the database prefix (deploy/local context.redisPrefix).
      await removeSystemData({ dbPrefix, namespace, redisPrefix: dbPrefix, dataDir: system.dataDir });
    },
  };
}

/**
 * What a system started on the test servers leaves behind: its databases, its JetStream streams,
 * its Redis keys (a benchmark leaves some hundred thousand lookup answers and generation counters,
 * kept a day) and its data directory.
 */
export async function removeSystemData(where: {
  dbPrefix: string;
  namespace: string;
  redisPrefix: string;
  dataDir: string;
}): Promise<void> {
  await dropDatabases(where.dbPrefix);
  await deleteStreams(where.namespace);
  const redis = await connectTestRedis();
  try {
    await cleanupRedis(redis, where.redisPrefix);
  } finally {
    await redis.quit();
  }
  fs.rmSync(where.dataDir, { recursive: true, force: true });
}

async function dropDatabases(prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPgUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function deleteStreams(namespace: string): Promise<void> {
  const { connect } = await import('@nats-io/transport-node');
  const { jetstreamManager } = await import('@nats-io/jetstream');
  const nc = await connect({ servers: testNatsUrl() });
  try {
    const jsm = await jetstreamManager(nc);
    const prefix = `${namespace.toUpperCase()}_`;
    for await (const name of jsm.streams.names()) if (name.startsWith(prefix)) await jsm.streams.delete(name);
  } finally {
    await nc.close();
  }
}

/** Logs in through the gateway and returns the access token. */
export async function login(httpUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${httpUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/**
 * The password signInForWork changes `password` to unless told otherwise: derived from it, so a test
 * can log in again, and free of the username (`Admin-…` would not pass the policy with a suffix).
 */
export function nextPassword(password: string): string {
  return `Next-${createHash('sha256').update(password).digest('base64url').slice(0, 20)}`;
}

/**
 * Logs in ready for work and returns the access token. A first login (and the first after a reset)
 * may only change the password: it is changed here to `newPassword`, and the session renewed with the
 * refresh token (the new access token carries no pending change), as the portal does. Later logins
 * of the user take `newPassword` (by default `nextPassword(password)`).
 */
export async function signInForWork(
  httpUrl: string,
  username: string,
  password: string,
  newPassword = nextPassword(password),
): Promise<string> {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${httpUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const res = await post('/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.status} ${await res.text()}`);
  const session = (await res.json()) as {
    accessToken: string;
    refreshToken: string;
    user: { mustChangePassword: boolean };
  };
  if (!session.user.mustChangePassword) return session.accessToken;
  // The session of the change survives it (every other one ends): the gateway reads it from the cookie.
  const changed = await post(
    '/auth/change-password',
    { currentPassword: password, newPassword },
    { authorization: `Bearer ${session.accessToken}`, cookie: `crm_refresh=${session.refreshToken}` },
  );
  if (changed.status !== 204)
    throw new Error(`password change of ${username} failed: ${changed.status} ${await changed.text()}`);
  const renewed = await post('/auth/refresh', { refreshToken: session.refreshToken });
  if (renewed.status !== 200) throw new Error(`renewal for ${username} failed: ${renewed.status}`);
  return ((await renewed.json()) as { accessToken: string }).accessToken;
}

/**
 * The REST API called with the bearer token `token()` gives at the time (tests log in again after a
 * password change): a JSON body in, the JSON answer out; any other status than 2xx throws with it.
 */
export function apiCaller(httpUrl: string, token: () => string) {
  return async <T>(method: string, pathname: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${httpUrl}/api/v1${pathname}`, {
      method,
      headers: {
        authorization: `Bearer ${token()}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${pathname} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}
