import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MigrationError } from './migration.errors';

export interface MigrationSource {
  /** Keeps one library's migrations (e.g. 'bus') apart from the service's own in schema_migrations. */
  namespace: string;
  /** Directory holding the `*.sql` files, applied in lexical order of their names. */
  dir: string;
}

export interface MigrationFile {
  namespace: string;
  name: string;
  sql: string;
  checksum: string;
}

/**
 * Line endings are normalised before hashing, so a checkout that converts LF to CRLF does not
 * look like an edited migration.
 */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

export async function readMigrationFiles(source: MigrationSource): Promise<MigrationFile[]> {
  let entries: string[];
  try {
    entries = await readdir(source.dir);
  } catch (err) {
    throw new MigrationError(`cannot read migrations of namespace '${source.namespace}' from ${source.dir}`, {
      cause: err,
    });
  }
  // Plain code-unit comparison: lexical order must not depend on the machine's locale.
  const names = entries.filter((n) => n.endsWith('.sql')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(source.dir, name), 'utf8');
      return { namespace: source.namespace, name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}
