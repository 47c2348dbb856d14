import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export interface OsUser {
  uid: number;
  gid: number;
}

const run = promisify(execFile);

export const isRoot = (): boolean => process.getuid?.() === 0;

/** uid and gid of an OS user, or undefined when there is no such user. */
export async function osUser(name: string): Promise<OsUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/**
 * The OS user, created (as root) when the machine has none: a system account in a group of its own,
 * without a home or a login shell, as a PostgreSQL package makes it.
 */
export async function ensureOsUser(name: string): Promise<OsUser> {
  const existing = await osUser(name);
  if (existing) return existing;
  try {
    await run('groupadd', ['--system', '--force', name]);
    await run('useradd', [
      '--system',
      '--gid',
      name,
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      name,
    ]);
  } catch (error) {
    throw new Error(
      `PostgreSQL refuses to run as root and there is no "${name}" OS user to run it as; creating one ` +
        `failed (${error instanceof Error ? error.message.trim() : String(error)}). Create it ` +
        `(useradd --system ${name}), or set CRM_PG_URL.`,
      { cause: error },
    );
  }
  const created = await osUser(name);
  if (!created) throw new Error(`The OS user "${name}" was created but cannot be found`);
  return created;
}

/**
 * The first folder on the way to `dir` (itself included) that the user cannot pass through, or
 * undefined when it can reach `dir`. Folders that do not exist yet are skipped: whoever makes them
 * decides their mode.
 */
export async function blockingFolder(dir: string, user: OsUser): Promise<string | undefined> {
  const folders: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    folders.unshift(current);
    if (current === path.dirname(current)) break;
  }
  for (const folder of folders) {
    const info = await stat(folder).catch(() => undefined);
    if (!info) continue;
    const canSearch =
      (info.mode & 0o001) !== 0 ||
      (info.uid === user.uid && (info.mode & 0o100) !== 0) ||
      (info.gid === user.gid && (info.mode & 0o010) !== 0);
    if (!canSearch) return folder;
  }
  return undefined;
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user, which must be
 * able to pass through every folder above its data and its binaries. A private parent otherwise fails
 * deep inside initdb with a bare "Permission denied".
 */
export async function assertUserCanReach(dir: string, user: OsUser, userName: string): Promise<void> {
  const blocked = await blockingFolder(dir, user);
  if (blocked) {
    throw new Error(
      `PostgreSQL runs as the "${userName}" OS user (PostgreSQL refuses to run as root), which cannot ` +
        `enter ${blocked} to reach ${dir}. Allow it (chmod o+x ${blocked}), or set CRM_PG_URL.`,
    );
  }
}
