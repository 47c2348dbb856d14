/** The URL of database `dbName` on the server of `serverUrl` (same credentials and parameters). */
export function databaseUrl(serverUrl: string, dbName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(dbName)}`;
  return url.toString();
}

const DUPLICATE_DATABASE = '42P04';
// Two CREATE DATABASE racing on the same name can also fail on pg_database's unique index.
const UNIQUE_VIOLATION = '23505';

/** Creates database `dbName` unless it exists; true when it was created now. */
export async function createDatabaseIfMissing(serverUrl: string, dbName: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (existing.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(dbName)}`);
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === DUPLICATE_DATABASE || code === UNIQUE_VIOLATION) return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
