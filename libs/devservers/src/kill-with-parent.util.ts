import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import type { Writable } from 'node:stream';

/** Services (first) are stopped before the servers they use (last). */
export type StopPhase = 'first' | 'last';

interface Registered {
  child: ChildProcess;
  signal: NodeJS.Signals;
}

const registered = new Set<Registered>();
let hooked = false;

function killAll(): void {
  for (const entry of registered) {
    try {
      entry.child.kill(entry.signal);
    } catch {
      // already gone
    }
  }
  registered.clear();
}

/**
 * A watchdog that outlives a SIGKILL of this process, which no handler of ours sees: a tiny shell
 * (watchdog.sh) in its own session, reading the children to stop from a pipe whose far end only this
 * process holds; when the pipe ends it stops them, services first, then servers.
 */
const WATCHDOG = path.join(__dirname, 'watchdog.sh');

let watchdog: Writable | undefined | null;

function watchdogInput(): Writable | undefined {
  if (watchdog === undefined) {
    watchdog = null;
    if (!existsSync('/bin/sh')) return undefined;
    const child = spawn('/bin/sh', [WATCHDOG], {
      stdio: ['pipe', 'ignore', 'ignore'],
      // Its own session: a Ctrl-C or a closed terminal is for us, and we then stop in order.
      detached: true,
    });
    child.on('error', () => undefined);
    child.unref();
    // A pipe is a net.Socket; neither the watchdog nor its pipe may keep our event loop alive.
    const input = child.stdin as Socket;
    input.on('error', () => undefined);
    input.unref();
    watchdog = input;
  }
  return watchdog ?? undefined;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks), '-' where there is no /proc. */
function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '-';
  } catch {
    return '-';
  }
}

/**
 * Sends `signal` to the child when this process exits (normal end, process.exit, uncaught
 * error), so spawned servers and services do not outlive us. The 'exit' event cannot wait,
 * so the child shuts down on its own after we are gone. A watchdog process does the same when
 * we are killed with SIGKILL (services in the "first" phase, then servers). Returns a function
 * that unregisters (call it when the child exited).
 */
export function killWithParent(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  phase: StopPhase = 'last',
): () => void {
  if (!hooked) {
    hooked = true;
    process.on('exit', killAll);
  }
  const entry: Registered = { child, signal };
  registered.add(entry);
  const pid = child.pid;
  const input = pid ? watchdogInput() : undefined;
  input?.write(`add ${pid} ${signal.replace(/^SIG/, '')} ${phase} ${startTime(pid as number)}\n`);
  return (): void => {
    registered.delete(entry);
    input?.write(`del ${pid}\n`);
  };
}
