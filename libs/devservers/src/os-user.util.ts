import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export interface OsUser {
  uid: number;
  gid: number;
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/** uid and gid of an OS user, or undefined when there is no such user. */
export async function osUser(name: string): Promise<OsUser | undefined> {
  const run = promisify(execFile);
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user, which must be
 * able to pass through every folder above its data folder. A private parent (e.g. a 0700 temp
 * folder) otherwise fails deep inside initdb with a bare "Permission denied".
 */
export async function assertUserCanReach(dir: string, user: OsUser, userName: string): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const info = await stat(current).catch(() => undefined);
    if (info) {
      const canSearch =
        (info.mode & 0o001) !== 0 ||
        (info.uid === user.uid && (info.mode & 0o100) !== 0) ||
        (info.gid === user.gid && (info.mode & 0o010) !== 0);
      if (!canSearch) {
        throw new Error(
          `PostgreSQL runs as the "${userName}" OS user (PostgreSQL refuses to run as root), which cannot ` +
            `enter ${current} to reach ${dir}. Put the clone (and its data folder) where other users may pass ` +
            `(e.g. under /srv or /opt, not /root), allow it (chmod o+x ${current}), or set CRM_PG_URL.`,
        );
      }
    }
    if (current === path.dirname(current)) return;
  }
}
