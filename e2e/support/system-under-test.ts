import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { randomId, testNatsUrl, testPgUrl, testRedisUrl } from '@crm/testing';
import { startSystem, type RunningSystem } from '../../deploy/local/system';

/**
 * Starts the whole system exactly as `npm start` does (each service its own process), on the test
 * servers, with a database prefix and NATS namespace of its own; dispose() also drops its databases.
 */
export async function startSystemUnderTest(
  extraEnv: Record<string, string> = {},
): Promise<RunningSystem & { adminPassword: string; dispose(): Promise<void> }> {
  const id = randomId();
  const dbPrefix = `crm_e2e_${id}_`;
  const namespace = `e2e_${id}`;
  // The bootstrap administrator's first password, as an operator would set it.
  const adminPassword = `Admin-${randomBytes(12).toString('base64url')}`;
  const system = await startSystem({
    pgUrl: testPgUrl(),
    natsUrl: testNatsUrl(),
    redisUrl: testRedisUrl(),
    httpPort: 0,
    dbPrefix,
    output: process.env.CRM_E2E_VERBOSE ? undefined : null,
    logLevel: 'warn',
    dataDir: path.join(os.tmpdir(), `crm-e2e-${id}`),
    serviceEnv: { NATS_NAMESPACE: namespace, CRM_ADMIN_PASSWORD: adminPassword, ...extraEnv },
  });
  return {
    ...system,
    adminPassword,
    async dispose() {
      await system.stop();
      await dropDatabases(dbPrefix);
      await deleteStreams(namespace);
      fs.rmSync(system.dataDir, { recursive: true, force: true });
    },
  };
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
