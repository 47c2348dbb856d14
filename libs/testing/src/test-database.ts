import pg from 'pg';
import { forgetTemplates, templateDatabase, type DatabaseTemplate } from './database-template';
import { databaseUrl, isBusyDatabase, withAdminClient } from './pg-admin';
import { randomId } from './random-id';
import { testPgUrl } from './server-urls';

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
 * A fresh database `crm_test_<random>` on the test server, so each test file has its own tables and
 * never sees another's rows: empty, or with `template`'s migrations applied (a copy of a template
 * database migrated once, see templateDatabase, which is much cheaper than migrating each copy).
 */
export async function createTestDatabase(
  opts: { serverUrl?: string; template?: DatabaseTemplate } = {},
): Promise<TestDatabase> {
  const serverUrl = opts.serverUrl ?? testPgUrl();
  const name = `crm_test_${randomId()}`;
  await withAdminClient(serverUrl, async (admin) => {
    for (let attempt = 1; ; attempt++) {
      const template = opts.template && (await templateDatabase(serverUrl, opts.template));
      try {
        await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
        return;
      } catch (err) {
        // The template was dropped behind this process's back (by hand, or as stale by another
        // checkout testing against the same server): it is built again.
        if (template && attempt < 3 && (err as { code?: string }).code === '3D000') {
          forgetTemplates();
          continue;
        }
        if (attempt >= 10 || !isBusyDatabase(err)) throw err;
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
