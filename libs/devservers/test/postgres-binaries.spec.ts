import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { reachableBinaries } from '../src/postgres-binaries.util';
import { makeTempDir } from './helpers';

/** A stand-in for the package's native/ tree: bin/ with programs, lib/ with a versioned library and its symlink, share/. */
function fakeTree(root: string, version: string) {
  const nativeDir = path.join(root, 'node_modules', 'native');
  mkdirSync(path.join(nativeDir, 'bin'), { recursive: true });
  mkdirSync(path.join(nativeDir, 'lib'));
  mkdirSync(path.join(nativeDir, 'share', 'timezone'), { recursive: true });
  writeFileSync(path.join(nativeDir, 'bin', 'postgres'), `postgres ${version}`, { mode: 0o700 });
  writeFileSync(path.join(nativeDir, 'bin', 'initdb'), 'initdb', { mode: 0o755 });
  writeFileSync(path.join(nativeDir, 'lib', 'libpq.so.5.18'), 'lib', { mode: 0o644 });
  symlinkSync('libpq.so.5.18', path.join(nativeDir, 'lib', 'libpq.so.5'));
  writeFileSync(path.join(nativeDir, 'share', 'timezone', 'UTC'), 'tz', { mode: 0o600 });
  return { nativeDir, binDir: path.join(nativeDir, 'bin'), version };
}

describe('reachableBinaries', () => {
  const temp = makeTempDir('crm-devservers-pgbin-');
  afterAll(() => temp.remove());

  it('links the whole tree (same files, same symlinks) under postgres-<version>, usable by others, once', async () => {
    const tree = fakeTree(path.join(temp.dir, 'a'), '18.1');
    const into = path.join(temp.dir, 'a', 'system');
    mkdirSync(into);
    const binDir = await reachableBinaries(tree, into);
    expect(binDir).toBe(path.join(into, 'postgres-18.1', 'bin'));
    const linked = path.join(binDir, 'postgres');
    expect(statSync(linked).ino).toBe(statSync(path.join(tree.binDir, 'postgres')).ino);
    // The OS user runs it: readable and runnable by others now (it was the owner's only).
    expect(statSync(linked).mode & 0o005).toBe(0o005);
    expect(statSync(path.join(into, 'postgres-18.1', 'share', 'timezone', 'UTC')).mode & 0o004).toBe(0o004);
    expect(readlinkSync(path.join(into, 'postgres-18.1', 'lib', 'libpq.so.5'))).toBe('libpq.so.5.18');
    expect(lstatSync(path.join(into, 'postgres-18.1', 'lib', 'libpq.so.5')).isSymbolicLink()).toBe(true);

    // Made once: a second call keeps that tree (a new one would be another folder, renamed into place).
    const made = statSync(path.join(into, 'postgres-18.1')).ino;
    expect(await reachableBinaries(tree, into)).toBe(binDir);
    expect(statSync(path.join(into, 'postgres-18.1')).ino).toBe(made);
  });

  it('replaces the tree of another version, and leaves no temporary folder', async () => {
    const old = fakeTree(path.join(temp.dir, 'b-old'), '17.0');
    const into = path.join(temp.dir, 'b-system');
    mkdirSync(into);
    await reachableBinaries(old, into);
    const next = fakeTree(path.join(temp.dir, 'b-new'), '18.2');
    const binDir = await reachableBinaries(next, into);
    expect(readFileSync(path.join(binDir, 'postgres'), 'utf8')).toBe('postgres 18.2');
    expect(readdirSync(into)).toEqual(['postgres-18.2']);
  });
});
