import pg from 'pg';
import { randomId } from './random-id';
import { ServerUnreachableError, testPgUrl } from './server-urls';

export interface TestDatabase {
  /** Connection URL of the new database. */
  url: string;
  name: string;
  /** A small pool on it, for the test's own queries. */
  pool: pg.Pool;
  /** Ends the pool, terminates any other connection to the database and drops it. */
  drop(): Promise<void>;
}

/**
 * A fresh, empty database `crm_test_<random>` on the test server, so each test file has its
 * own tables and never sees another's rows.
 */
export async function createTestDatabase(opts: { serverUrl?: string } = {}): Promise<TestDatabase> {
  const serverUrl = opts.serverUrl ?? testPgUrl();
  const name = `crm_test_${randomId()}`;
  await withAdminClient(serverUrl, async (admin) => {
    // CREATE DATABASE copies template1 and fails if someone else is connected to it at that
    // moment (another test file creating its database); that clears up quickly, so retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name}`);
        return;
      } catch (err) {
        if (attempt >= 10 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  });
  const url = databaseUrl(serverUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 5, application_name: 'crm-test' });
  pool.on('error', () => undefined); // idle clients die when drop() terminates them
  let dropped = false;
  return {
    url,
    name,
    pool,
    async drop() {
      if (dropped) return;
      dropped = true;
      if (!pool.ending) await pool.end(); // the test may have ended it itself
      await withAdminClient(serverUrl, async (admin) => {
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
          name,
        ]);
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      });
    },
  };
}

function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdminClient<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: serverUrl,
    application_name: 'crm-test-admin',
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
  } catch (err) {
    throw new ServerUnreachableError('PostgreSQL', serverUrl, err);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
