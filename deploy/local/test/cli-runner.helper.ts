import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');
const fixture = path.join(__dirname, 'fixtures/run-cli.fixture.ts');

export interface CliRun {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** Resolves once stdout or stderr contains `text`; rejects if the runner exits first. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  exitCode: Promise<number | null>;
  /** Signals the runner's process group, as a terminal's Ctrl-C does. */
  signal(signal: NodeJS.Signals): void;
}

/**
 * A package whose `npm start` is the repository's, running the fake registry's runner instead of
 * the real one (the launcher takes the entry as its argument): npm, its signal forwarding and the
 * script exactly as `npm start` runs them. Made once per test file under .cache/.
 */
export function npmStartPackage(): string {
  const script = (
    JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts.start as string;
  const launcher = 'deploy/local/start.cjs';
  if (!script.includes(launcher)) throw new Error(`npm start is "${script}", not the launcher ${launcher}`);
  mkdirSync(path.join(repoRoot, '.cache'), { recursive: true });
  const dir = mkdtempSync(path.join(repoRoot, '.cache/npm-start-'));
  const fixtureScript = script.replace(launcher, `${path.join(repoRoot, launcher)} ${fixture}`);
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'npm-start-fixture', private: true, scripts: { start: fixtureScript } }),
  );
  return dir;
}

/**
 * Runs the runner (with the fake registry) as a terminal job would: directly, or through
 * `npm start` of a package made by npmStartPackage().
 */
export function runCli(env: Record<string, string>, npmPackage?: string): CliRun {
  // A developer's own CRM_* settings must not leak into the test.
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('CRM_')));
  const [command, args, cwd] = npmPackage
    ? ['npm', ['start', '--silent'], npmPackage]
    : [process.execPath, ['--import', 'tsx', fixture], repoRoot];
  const child = spawn(command, args, {
    cwd,
    env: { ...base, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, like a job in a terminal
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  const collect = (append: (text: string) => void) => (chunk: Buffer) => {
    append(chunk.toString());
    for (const waiter of waiters) waiter();
  };
  child.stdout?.on(
    'data',
    collect((text) => (stdout += text)),
  );
  child.stderr?.on(
    'data',
    collect((text) => (stderr += text)),
  );
  const exitCode = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    output: () => ({ stdout, stderr }),
    exitCode,
    signal: (signal) => process.kill(-(child.pid as number), signal),
    waitFor: (text, timeoutMs = 45_000) =>
      new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (stdout.includes(text) || stderr.includes(text)) resolve();
        };
        waiters.push(check);
        check();
        const timer = setTimeout(
          () => reject(new Error(`no "${text}" within ${timeoutMs} ms:\n${stdout}\n${stderr}`)),
          timeoutMs,
        );
        void exitCode.then(() => {
          clearTimeout(timer);
          check();
          reject(new Error(`runner exited before "${text}":\n${stdout}\n${stderr}`));
        });
      }),
  };
}

/** pids in the status table, by service or server name. */
export function tablePids(stdout: string): Record<string, number> {
  const pids: Record<string, number> = {};
  for (const match of stdout.matchAll(/^ {2}([a-z]+)\s+(?:grpc\s+|http\s+)?(\d+)\s/gm)) {
    pids[match[1] as string] = Number(match[2]);
  }
  return pids;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Fake services still running anywhere (none should outlive their runner). */
export function leftoverFakeServices(): string[] {
  const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return processes.split('\n').filter((line) => line.includes('fake-service.ts'));
}

export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data
  return dir;
}

/** PATH without the folders holding `program`. */
export function pathWithout(program: string): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => {
      try {
        accessSync(path.join(dir, program), constants.X_OK);
        return false;
      } catch {
        return true;
      }
    })
    .join(path.delimiter);
}
