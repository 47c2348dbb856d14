// Processes as /proc shows them (Linux): what a runner started, whether any of it is still running,
// and how much memory it holds. Used by the runner's signal tests, the fresh-clone test and
// bench:startup.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

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

/** `a.b.c.d:port` from /proc/net/tcp's little-endian hex `0100007F:1F90`; `[::]`-style for tcp6. */
function decodeAddress(hex: string): string {
  const [ip, port] = hex.split(':') as [string, string];
  if (ip.length === 8) {
    const bytes = (ip.match(/../g) as string[]).map((byte) => parseInt(byte, 16)).reverse();
    return `${bytes.join('.')}:${parseInt(port, 16)}`;
  }
  const words = (ip.match(/.{8}/g) as string[]).map((word) =>
    (word.match(/../g) as string[]).reverse().join(''),
  );
  const v6 = words.join('');
  const mapped = /^0{20}ffff([0-9a-f]{8})$/i.exec(v6);
  if (mapped) {
    const bytes = (mapped[1]!.match(/../g) as string[]).map((byte) => parseInt(byte, 16));
    return `${bytes.join('.')}:${parseInt(port, 16)}`;
  }
  if (/^0+$/.test(v6)) return `[::]:${parseInt(port, 16)}`;
  if (/^0+1$/.test(v6)) return `[::1]:${parseInt(port, 16)}`;
  return `[${v6}]:${parseInt(port, 16)}`;
}

/** The TCP addresses a process listens on (e.g. `127.0.0.1:8080`, `0.0.0.0:50051`, `[::]:8080`). */
export function listeningAddresses(pid: number): string[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) inodes.add(inode);
    } catch {
      // closed meanwhile
    }
  }
  const addresses: string[] = [];
  for (const table of ['tcp', 'tcp6']) {
    const lines = readFileSync(`/proc/${pid}/net/${table}`, 'utf8').trim().split('\n').slice(1);
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      // st 0A: LISTEN; field 9: the socket's inode
      if (fields[3] === '0A' && inodes.has(fields[9] as string))
        addresses.push(decodeAddress(fields[1] as string));
    }
  }
  return addresses.sort();
}
