import type pg from 'pg';
import { fallbackLogger, type Logger } from './logger';
import { MigrationChecksumError, MigrationError, MigrationFailedError } from './migration.errors';
import { readMigrationFiles, type MigrationFile, type MigrationSource } from './migration-files';

/**
 * Session advisory lock taken for the whole run, so replicas starting together apply each file
 * once: the others wait, then find nothing left to do. Advisory locks are per database, so
 * services sharing a server do not block each other.
 */
const MIGRATION_LOCK_KEY = '7302640418237541'; // arbitrary constant, unique among our advisory locks

/**
 * Brings the database up to date with forward-only SQL migrations and returns the files applied
 * now, as `namespace/name`. Each file runs in its own transaction together with its record in
 * schema_migrations, so a failing file leaves nothing behind. Before applying anything, every
 * already applied file is checked against its recorded checksum; an edited one stops the run.
 *
 * A file runs as one multi-statement query inside a transaction, so statements that cannot run in
 * a transaction (CREATE INDEX CONCURRENTLY, ALTER TYPE … ADD VALUE on old servers) are not supported.
 */
export async function migrate(
  pool: pg.Pool,
  sources: MigrationSource[],
  opts: { logger?: Logger } = {},
): Promise<string[]> {
  const logger = opts.logger ?? fallbackLogger;
  checkSources(sources);
  const files = (await Promise.all(sources.map(readMigrationFiles))).flat();

  const client = await pool.connect();
  // Set when the connection turns out unusable, so release() destroys it instead of pooling it.
  let broken: Error | undefined;
  try {
    // Waiting for another replica's run can take longer than any per-statement limit the pool
    // sets, and so can a large migration; this session lifts it, RESET restores it below.
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      namespace text NOT NULL,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (namespace, name)
    )`);
    const applied = await loadApplied(client);
    const pending = verify(files, applied, sources, logger);
    const done: string[] = [];
    for (const file of pending) {
      await applyOne(client, file);
      logger.info({ namespace: file.namespace, migration: file.name }, 'migration applied');
      done.push(`${file.namespace}/${file.name}`);
    }
    return done;
  } finally {
    try {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      await client.query('RESET statement_timeout');
    } catch (err) {
      // The connection is gone; the server released the lock with the session.
      broken = err instanceof Error ? err : new Error(String(err));
    }
    client.release(broken);
  }
}

function checkSources(sources: MigrationSource[]): void {
  const seen = new Set<string>();
  for (const s of sources) {
    if (!/^[a-z0-9_-]+$/i.test(s.namespace)) {
      throw new MigrationError(
        `invalid migration namespace '${s.namespace}' (letters, digits, _ and - only)`,
      );
    }
    if (seen.has(s.namespace)) throw new MigrationError(`migration namespace '${s.namespace}' given twice`);
    seen.add(s.namespace);
  }
}

async function loadApplied(client: pg.PoolClient): Promise<Map<string, string>> {
  const { rows } = await client.query<{ namespace: string; name: string; checksum: string }>(
    'SELECT namespace, name, checksum FROM schema_migrations',
  );
  return new Map(rows.map((r) => [`${r.namespace}/${r.name}`, r.checksum]));
}

/** Returns the files still to apply, after refusing any applied file whose content changed. */
function verify(
  files: MigrationFile[],
  applied: Map<string, string>,
  sources: MigrationSource[],
  logger: Logger,
): MigrationFile[] {
  const pending: MigrationFile[] = [];
  const present = new Set<string>();
  for (const file of files) {
    const key = `${file.namespace}/${file.name}`;
    present.add(key);
    const checksum = applied.get(key);
    if (checksum === undefined) pending.push(file);
    else if (checksum !== file.checksum) {
      throw new MigrationChecksumError(file.namespace, file.name, checksum, file.checksum);
    }
  }
  // A recorded file that disappeared is suspicious (wrong checkout?) but not fatal: what it did is done.
  const namespaces = new Set(sources.map((s) => s.namespace));
  for (const key of applied.keys()) {
    if (!present.has(key) && namespaces.has(key.slice(0, key.indexOf('/')))) {
      logger.warn({ migration: key }, 'applied migration file is missing from its directory');
    }
  }
  return pending;
}

async function applyOne(client: pg.PoolClient, file: MigrationFile): Promise<void> {
  await client.query('BEGIN');
  try {
    // No parameters: pg then uses the simple query protocol, which accepts many statements at once.
    await client.query(file.sql);
    await client.query('INSERT INTO schema_migrations (namespace, name, checksum) VALUES ($1, $2, $3)', [
      file.namespace,
      file.name,
      file.checksum,
    ]);
    await client.query('COMMIT');
  } catch (err) {
    // If ROLLBACK fails too, the connection is gone and the server has rolled back already.
    await client.query('ROLLBACK').catch(() => undefined);
    throw new MigrationFailedError(file.namespace, file.name, err);
  }
}
