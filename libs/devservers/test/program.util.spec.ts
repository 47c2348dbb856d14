import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findProgram } from '../src';
import { makeTempDir } from './helpers';

describe('findProgram', () => {
  const temp = makeTempDir('crm-devservers-program-');
  const onPath = path.join(temp.dir, 'bin');
  const sbin = path.join(temp.dir, 'sbin');
  const saved = process.env.CRM_PROGRAM_DIRS;
  beforeAll(() => {
    for (const dir of [onPath, sbin]) mkdirSync(dir);
    for (const file of [path.join(sbin, 'some-server'), path.join(onPath, 'both'), path.join(sbin, 'both')]) {
      writeFileSync(file, '#!/bin/sh\n');
      chmodSync(file, 0o755);
    }
    process.env.CRM_PROGRAM_DIRS = sbin;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.CRM_PROGRAM_DIRS;
    else process.env.CRM_PROGRAM_DIRS = saved;
    temp.remove();
  });

  // Debian puts nats-server in /usr/sbin, which an ordinary user's PATH does not have.
  it('looks in the sbin folders after PATH, and prefers PATH', async () => {
    const saved = process.env.PATH;
    process.env.PATH = onPath;
    try {
      expect(await findProgram('some-server')).toBe(path.join(sbin, 'some-server'));
      expect(await findProgram('both')).toBe(path.join(onPath, 'both'));
      expect(await findProgram('missing-server')).toBeUndefined();
    } finally {
      process.env.PATH = saved;
    }
  });
});
