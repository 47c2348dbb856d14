// A service started by the local runner stops by itself when the runner is gone, even when the
// runner was killed with SIGKILL and could not tell it: its IPC channel to the runner closes. Its
// stdout and stderr were pipes to the runner, broken now: it must still get through its stop and exit.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const service = path.join(__dirname, 'fixtures/idle-service.ts');

// Stands in for the runner: starts the service with an IPC channel and pipes (as the runner does),
// says its pid once it listens, then waits to be killed.
const parentScript = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(service)}], {
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
});
child.stdout.resume();
child.stderr.resume();
child.on('message', () => process.stdout.write('service ' + child.pid + '\\n'));
setInterval(() => undefined, 1000);
`;

/** It exists and is not a zombie (exited, waiting for init to reap it). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

describe('runMain, started by a parent with an IPC channel', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crm-parent-watch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the service in order and exits when that parent is killed with SIGKILL', async () => {
    const stoppedFile = path.join(dir, 'stopped');
    const parent = spawn(process.execPath, ['-e', parentScript], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, IDLE_STOPPED_FILE: stoppedFile },
    });
    let output = '';
    const pid = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the service did not listen: ${output}`)), 20_000);
      parent.stdout.on('data', (chunk: Buffer) => {
        output += chunk;
        const found = /service (\d+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(Number(found[1]));
        }
      });
    });
    parent.kill('SIGKILL');
    await once(parent, 'exit');
    const deadline = Date.now() + 10_000;
    while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const survived = isRunning(pid);
    if (survived) process.kill(pid, 'SIGKILL'); // not left behind by a failing test
    expect(survived).toBe(false);
    expect(existsSync(stoppedFile)).toBe(true);
  }, 30_000);
});
