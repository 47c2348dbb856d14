import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { killWithParent } from './kill-with-parent.util';
import { assertPortFree } from './port.util';
import { pollUntil } from './wait.util';

export interface ServerProcessOptions {
  /** Program name, used in messages and to recognise a leftover process of ours. */
  name: string;
  command: string;
  args: string[];
  /** The server's stdout and stderr go here (rewritten on each start). */
  logFile: string;
  /** Remembers pid and owner so a server orphaned by a killed parent is found and stopped next time. */
  stateFile: string;
  detached: boolean;
  /** The signal that asks for a clean, fast shutdown (SIGINT for PostgreSQL, SIGTERM otherwise). */
  stopSignal: NodeJS.Signals;
  uid?: number;
  gid?: number;
  /** Its working folder (default ours): one it may enter when it runs as another user. */
  cwd?: string;
  /** Checked free (after stopping an orphan of ours) so a taken port gives a readable error. */
  port: number;
  /** Said when the port is taken, e.g. which variable points at an existing server instead. */
  portHint: string;
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  readonly pid: number;
  readonly exited: Promise<ServerExit>;
  stop(timeoutMs?: number): Promise<void>;
}

interface ServerState {
  pid: number;
  ownerPid: number;
}

const FORCE_KILL_AFTER_MS = 10_000;

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function commandLineOf(pid: number): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('ps', ['-o', 'command=', '-p', String(pid)]);
    return stdout.trim();
  } catch {
    return '';
  }
}

async function readState(stateFile: string): Promise<ServerState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile, 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

async function waitGone(pid: number, timeoutMs: number): Promise<boolean> {
  const gone = await pollUntil(async () => (isAlive(pid) ? undefined : true), { timeoutMs, intervalMs: 50 });
  return gone === true;
}

/**
 * A parent killed with SIGKILL cannot stop its servers; they keep the port and the data folder.
 * Stop such an orphan before starting again, but refuse when its owner is still alive: that is
 * another `npm start` or test run using the same data folder.
 */
async function stopOrphan(options: ServerProcessOptions): Promise<void> {
  const state = await readState(options.stateFile);
  if (!state) return;
  const ours = isAlive(state.pid) && (await commandLineOf(state.pid)).includes(options.name);
  if (ours && isAlive(state.ownerPid)) {
    throw new Error(
      `${options.name} for this data folder is already running (pid ${state.pid}), started by process ` +
        `${state.ownerPid}: another \`npm start\` or test run is using ${options.stateFile}. ` +
        'Stop that one, or use another data folder (CRM_DATA_DIR).',
    );
  }
  if (ours) {
    process.kill(state.pid, options.stopSignal);
    if (!(await waitGone(state.pid, FORCE_KILL_AFTER_MS))) {
      process.kill(state.pid, 'SIGKILL');
      await waitGone(state.pid, 2_000);
    }
  }
  await rm(options.stateFile, { force: true });
}

function spawned(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
}

/** Starts a server process that writes to a log file and never keeps the parent's event loop alive. */
export async function spawnServer(options: ServerProcessOptions): Promise<ServerProcess> {
  await stopOrphan(options);
  await assertPortFree(options.port, options.name, options.portHint, '127.0.0.1');
  const log = openSync(options.logFile, 'w');
  let child: ChildProcess;
  try {
    child = spawn(options.command, options.args, {
      stdio: ['ignore', log, log],
      detached: options.detached,
      uid: options.uid,
      gid: options.gid,
      cwd: options.cwd,
    });
  } finally {
    closeSync(log);
  }
  await spawned(child);
  const pid = child.pid as number;
  // Unref: a jest globalSetup must not hold jest open; killWithParent still stops it on exit.
  child.unref();
  // A failed kill() emits 'error'; without a listener that would crash the parent.
  child.on('error', () => undefined);
  // The state file stays when we exit: the server may still be shutting down, and the next
  // start then waits for it instead of tripping over its port and lock file.
  const forget = killWithParent(child, options.stopSignal, 'last');
  const exited = new Promise<ServerExit>((resolve) => {
    child.once('exit', (code, signal) => {
      forget();
      resolve({ code, signal });
    });
  });
  await writeFile(options.stateFile, JSON.stringify({ pid, ownerPid: process.pid } satisfies ServerState));

  let stopping: Promise<void> | undefined;
  const stop = (timeoutMs = FORCE_KILL_AFTER_MS): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(options.stopSignal);
        // The timer also keeps the event loop alive while we wait for the unref'ed child.
        const force = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        await exited;
        clearTimeout(force);
      }
      await rm(options.stateFile, { force: true });
    })();
    return stopping;
  };
  return { pid, exited, stop };
}

/** Last lines of a server's log, for error messages. */
export async function readTail(file: string, lines = 20): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
