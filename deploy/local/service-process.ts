import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { killWithParent } from '@crm/devservers';
import type { ListeningMessage } from '@crm/runtime';

export interface ServiceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  readonly name: string;
  readonly pid: number;
  readonly exited: Promise<ServiceExit>;
  hasExited(): boolean;
  /** The port it announced once listening (@crm/runtime); undefined if it exited first. */
  readonly listening: Promise<number | undefined>;
  /** The last lines it wrote (stdout and stderr, as written), for error messages. */
  tail(): string[];
  /** SIGTERM (the service drains and exits), SIGKILL if it is still there after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<ServiceExit>;
}

export interface SpawnServiceOptions {
  name: string;
  /** What node runs: a bundle (with its source maps) or `--import tsx <entry>`. */
  nodeArgs: string[];
  cwd: string;
  env: Record<string, string>;
  detached: boolean;
  onLine(line: string): void;
  tailLines?: number;
}

export const FORCE_KILL_AFTER_MS = 10_000;

/** Starts `node <nodeArgs>` and hands over its output line by line. */
export async function spawnService(options: SpawnServiceOptions): Promise<ServiceProcess> {
  const child = spawn(process.execPath, options.nodeArgs, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    // The IPC channel carries one message: the port the service bound (see waitListening).
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    detached: options.detached,
  });
  await Promise.race([once(child, 'spawn'), once(child, 'error').then(([error]) => Promise.reject(error))]);
  // A failed kill() emits 'error'; without a listener that would crash the runner.
  child.on('error', () => undefined);
  // Services stop before the servers they use, also when the runner is killed (see killWithParent).
  const forget = killWithParent(child, 'SIGTERM', 'first');
  const tailLines = options.tailLines ?? 40;
  const tail: string[] = [];
  const take = (line: string): void => {
    tail.push(line);
    if (tail.length > tailLines) tail.shift();
    options.onLine(line);
  };
  // Piped above, so never null (the 4-element stdio has no typed overload).
  const readers = [child.stdout as Readable, child.stderr as Readable].map((stream) => {
    const reader = createInterface({ input: stream, crlfDelay: Infinity });
    reader.on('line', take);
    return once(reader, 'close');
  });
  // 'close' (not 'exit'): by then the last lines have been read, so the tail is complete.
  const exited = Promise.all([once(child, 'exit'), ...readers]).then(([[code, signal]]) => {
    forget();
    return { code: code as number | null, signal: signal as NodeJS.Signals | null };
  });
  let done = false;
  void exited.then(() => (done = true));
  const listening = new Promise<number | undefined>((resolve) => {
    child.on('message', (message: Partial<ListeningMessage>) => {
      if (message?.type === 'crm.listening' && typeof message.port === 'number') resolve(message.port);
    });
    void exited.then(() => resolve(undefined));
  });
  return {
    name: options.name,
    pid: child.pid as number,
    exited,
    hasExited: () => done,
    listening,
    tail: () => [...tail],
    stop: async (timeoutMs = FORCE_KILL_AFTER_MS) => {
      if (!done) {
        child.kill('SIGTERM');
        const force = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        await exited;
        clearTimeout(force);
      }
      return exited;
    },
  };
}
