import {
  chmod,
  copyFile,
  link,
  lstat,
  mkdir,
  readdir,
  readlink,
  rename,
  rm,
  stat,
  symlink,
} from 'node:fs/promises';
import path from 'node:path';
import type { PostgresTree } from './embedded-postgres.loader';

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Readable (and, where the owner may run it, runnable) by everyone: the OS user runs these. */
async function letOthersUse(file: string): Promise<void> {
  const mode = (await stat(file)).mode & 0o7777;
  const wanted = mode | 0o004 | (mode & 0o100 ? 0o001 : 0);
  if (wanted !== mode) await chmod(file, wanted);
}

/** Hard links of every file (a copy where the file system refuses one), the same symlinks and folders. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { mode: 0o755 });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else {
      await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
        await copyFile(source, target);
        await chmod(target, (await lstat(source)).mode & 0o7777);
      });
      await letOthersUse(target);
    }
  }
}

/**
 * The server's programs where PostgreSQL's OS user can run them: as root with the clone in a folder
 * that user cannot enter (e.g. /root, mode 0700), it cannot run them from node_modules. Hard links
 * of the package's native/ tree (bin, lib, share; about 60 MB when a copy is needed) in
 * `<into>/postgres-<version>/`, made once per version: under a temporary name, then renamed, so an
 * interrupted start never leaves half a tree. Other versions there are removed. Returns its bin/.
 */
export async function reachableBinaries(tree: PostgresTree, into: string): Promise<string> {
  const target = path.join(into, `postgres-${tree.version}`);
  const binDir = path.join(target, 'bin');
  if (await exists(path.join(binDir, 'postgres'))) return binDir;
  const temporary = `${target}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  await linkTree(tree.nativeDir, temporary);
  for (const entry of await readdir(into)) {
    if (entry.startsWith('postgres-') && entry !== path.basename(target) && !entry.endsWith('.tmp'))
      await rm(path.join(into, entry), { recursive: true, force: true });
  }
  await rename(temporary, target).catch(async (error: NodeJS.ErrnoException) => {
    // Another start made it meanwhile: theirs is as good.
    await rm(temporary, { recursive: true, force: true });
    if (!(await exists(path.join(binDir, 'postgres')))) throw error;
  });
  return binDir;
}
