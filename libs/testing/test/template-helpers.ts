import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { testPgUrl } from '../src';

export async function asAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPgUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops a database, a template too (a test's own template: the services' are kept across runs). */
export const dropDatabase = (name: string) =>
  asAdmin(async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) return;
    await client.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE false`);
    await client.query(`DROP DATABASE ${name}`);
  });

/** Migration folders of a test, removed by remove(). */
export function migrationFolders() {
  const dirs: string[] = [];
  return {
    /** A folder with these files. */
    make(files: Record<string, string>): string {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-migrations-test-'));
      for (const [name, sql] of Object.entries(files)) writeFileSync(path.join(dir, name), sql);
      dirs.push(dir);
      return dir;
    },
    remove(): void {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}
