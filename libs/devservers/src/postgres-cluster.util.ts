import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, chown, mkdir, realpath, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { embeddedPostgresTree } from './embedded-postgres.loader';
import { assertUserCanReach, blockingFolder, ensureOsUser, isRoot, type OsUser } from './os-user.util';
import { reachableBinaries } from './postgres-binaries.util';

/** The OS user PostgreSQL runs as when we are root (PostgreSQL refuses to run as root). */
export const POSTGRES_OS_USER = 'postgres';

/**
 * Where, as root, the clusters of data folders PostgreSQL's OS user cannot enter are kept: one folder
 * per data folder, named by a hash of its path, owned by that user, mode 0700.
 */
export const ROOT_CLUSTERS_DIR = '/var/lib/crm';

/** Where the cluster and the programs that run it are, and as whom they run. */
export interface ClusterPlacement {
  pgdata: string;
  /** The folder of initdb and postgres. */
  binDir: string;
  /** As root: the OS user they run as. */
  user?: OsUser;
  /** As root, when the cluster or the programs are outside the data folder: the folder they are in. */
  systemDir?: string;
}

/** The system folder of a data folder: `<base>/<first 16 hex digits of sha256(its real path)>`. */
export async function systemFolderOf(dataDir: string, base = ROOT_CLUSTERS_DIR): Promise<string> {
  const real = await realpath(dataDir);
  return path.join(base, createHash('sha256').update(real).digest('hex').slice(0, 16));
}

/**
 * The data folder and its postgres/ folder (ours: made here or by the runner, possibly 0700 under a
 * strict umask, or because the signing keys were written first) get the search bit for others: the OS
 * user can open what it knows the name of, not list them; the cluster itself is its own (0700), the
 * signing keys sit in a 0700 folder of their own.
 */
async function letOthersEnter(dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    const info = await stat(dir);
    if ((info.mode & 0o001) === 0) await chmod(dir, (info.mode & 0o7777) | 0o001);
  }
}

/** `<base>` as everyone may pass (root's, 0755), the folder itself the OS user's alone (0700). */
async function makeSystemFolder(dir: string, user: OsUser): Promise<void> {
  await mkdir(path.dirname(dir), { recursive: true, mode: 0o755 });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const info = await stat(dir);
  if (info.uid !== user.uid || info.gid !== user.gid) await chown(dir, user.uid, user.gid);
  if ((info.mode & 0o777) !== 0o700) await chmod(dir, 0o700);
}

/**
 * Where the cluster of `<dataDir>/postgres` lives. Not as root: `<dataDir>/postgres/data`, with the
 * binaries of node_modules. As root the server runs as the `postgres` OS user (created when missing):
 * what that user cannot reach moves to a system folder of this data folder (ROOT_CLUSTERS_DIR): the
 * cluster when a folder above the data folder is closed to it (a clone under /root, mode 0700), hard
 * links of the binaries when node_modules is. The rest of the data folder (the superuser password,
 * the log, the state file) stays where it is: only root reads those.
 */
export async function placeCluster(
  dataDir: string,
  options: { systemBase?: string } = {},
): Promise<ClusterPlacement> {
  const tree = await embeddedPostgresTree();
  const inDataFolder = path.join(dataDir, 'postgres', 'data');
  if (!isRoot()) return { pgdata: inDataFolder, binDir: tree.binDir };
  const user = await ensureOsUser(POSTGRES_OS_USER);
  // The data folder and its postgres/ are ours to open to it (letOthersEnter); the folders above are not.
  const dataBlocked = await blockingFolder(path.dirname(path.resolve(dataDir)), user);
  if (!dataBlocked) await letOthersEnter([dataDir, path.dirname(inDataFolder)]);
  const binariesBlocked = await blockingFolder(tree.binDir, user);
  if (!dataBlocked && !binariesBlocked) return { pgdata: inDataFolder, binDir: tree.binDir, user };
  const systemDir = await systemFolderOf(dataDir, options.systemBase);
  await makeSystemFolder(systemDir, user);
  const placement: ClusterPlacement = {
    pgdata: dataBlocked ? path.join(systemDir, 'data') : inDataFolder,
    binDir: binariesBlocked ? await reachableBinaries(tree, systemDir) : tree.binDir,
    user,
    systemDir,
  };
  // A system folder under a base that is itself closed (a strange ROOT_CLUSTERS_DIR) fails here, readably.
  await assertUserCanReach(path.dirname(placement.pgdata), user, POSTGRES_OS_USER);
  await assertUserCanReach(placement.binDir, user, POSTGRES_OS_USER);
  return placement;
}

/**
 * initdb of a new cluster (an empty or missing `pgdata`), run as the placement's OS user with the
 * superuser's password read from a file only that user may read, removed again afterwards.
 */
export async function initdb(
  placement: ClusterPlacement,
  options: { superuser: string; password: string; flags: string[] },
): Promise<void> {
  const { pgdata, user } = placement;
  const parent = path.dirname(pgdata);
  await mkdir(pgdata, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(parent, `.initdb-password-${process.pid}`);
  await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 });
  try {
    if (user) {
      await chown(pgdata, user.uid, user.gid);
      await chown(passwordFile, user.uid, user.gid);
    }
    const args = [
      `--pgdata=${pgdata}`,
      '--auth=scram-sha-256',
      `--username=${options.superuser}`,
      `--pwfile=${passwordFile}`,
      ...options.flags,
    ];
    await new Promise<void>((resolve, reject) => {
      // Run from a folder the OS user may enter (the runner's own may be closed to it, e.g. /root).
      const child = spawn(path.join(placement.binDir, 'initdb'), args, {
        cwd: parent,
        uid: user?.uid,
        gid: user?.gid,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.once('error', reject);
      child.once('close', (code, signal) =>
        code === 0
          ? resolve()
          : reject(new Error(`initdb failed (${signal ?? `exit ${code}`}):\n${output.trimEnd()}`)),
      );
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
}
