// Processes as /proc shows them (Linux): what a runner started, whether any of it is still running,
// and how much memory it holds. Used by the runner's signal tests, the fresh-clone test and
// bench:startup.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Single letter: R, S, D, Z (zombie: exited, not yet reaped) … */
  state: string;
  command: string;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    return { pid, ppid: Number(fields[1]), state: fields[0] ?? '?', command };
  } catch {
    return undefined; // gone meanwhile
  }
}

export function allProcesses(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => readProcess(Number(entry)) ?? []);
}

/** Every process below `root` by parent pid (also those in sessions of their own). */
export function descendants(root: number): ProcessInfo[] {
  const byParent = new Map<number, ProcessInfo[]>();
  for (const info of allProcesses()) byParent.set(info.ppid, [...(byParent.get(info.ppid) ?? []), info]);
  const found: ProcessInfo[] = [];
  const walk = (pid: number): void => {
    for (const child of byParent.get(pid) ?? []) {
      found.push(child);
      walk(child.pid);
    }
  };
  walk(root);
  return found;
}

/** Still running: it exists and is not a zombie. */
export function isRunning(pid: number): boolean {
  const info = readProcess(pid);
  return info !== undefined && info.state !== 'Z';
}

/** Those of `processes` still running after up to `timeoutMs` (polled). */
export async function stillRunning(processes: ProcessInfo[], timeoutMs: number): Promise<ProcessInfo[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = processes.filter((info) => isRunning(info.pid));
    if (!left.length || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface Memory {
  rssMb: number;
  pssMb: number;
  processes: number;
}

/** Resident memory of the processes: RSS counts shared pages (node's code) in each, PSS shares them out. */
export function memoryOf(pids: number[]): Memory {
  let rss = 0;
  let pss = 0;
  for (const pid of pids) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return { rssMb: Math.round(rss / 1024), pssMb: Math.round(pss / 1024), processes: pids.length };
}
