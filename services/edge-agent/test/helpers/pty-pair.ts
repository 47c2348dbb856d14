import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A pseudo-terminal pair from socat (`pty,raw,echo=0` twice, linked to two paths): what is written to
 * one end is read from the other, as a serial line. Fails naming the package when socat is missing.
 */
export async function openPtyPair(): Promise<{ a: string; b: string; close(): Promise<void> }> {
  if (spawnSync('socat', ['-V']).error) {
    throw new Error('socat is missing: install the Debian package socat (bash .ci/ensure-pcsc.sh)');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-pty-'));
  const a = path.join(dir, 'a');
  const b = path.join(dir, 'b');
  const child: ChildProcess = spawn(
    'socat',
    ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 5000;
  while (!log.includes('starting data transfer loop')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`socat did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    a,
    b,
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
