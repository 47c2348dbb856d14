import pg from 'pg';
import { ServerUnreachableError } from './server-urls';

/** The URL of `database` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * CREATE DATABASE fails while another session is connected to the database it copies (e.g. another
 * test file creating its database from template1 at that moment); that clears up quickly, so callers retry.
 */
export function isBusyDatabase(err: unknown): boolean {
  return /being accessed by other users/.test(String(err));
}

/** Runs `fn` with a connection to the server's maintenance database, closed afterwards. */
export async function withAdminClient<T>(
  serverUrl: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
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
