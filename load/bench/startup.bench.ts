/**
 * npm run bench:startup — how long `npm start` takes to be ready and how much memory the whole
 * system holds when idle, with today's services and with copies of existing ones standing in for
 * the services to come (BENCH_COPIES, default analytics:3,identity:3: ten services with the
 * gateway). Each configuration starts twice on one data folder: the first start creates the
 * databases and runs the migrations, the second is the everyday one. Own servers (PostgreSQL, NATS,
 * Redis on free ports), loopback only; everything is stopped at the end. BENCH_ONLY=ten (or
 * today) runs one configuration. The machine is shared: the load average is printed beside the figures.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort } from '@crm/devservers';
import { descendants, memoryOf } from '../../e2e/support/process-tree';

const ROOT = path.resolve(__dirname, '../..');
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 20_000);
const CONFIGURATIONS = [
  { label: "today's services", copies: '' },
  { label: 'ten services', copies: process.env.BENCH_COPIES ?? 'analytics:3,identity:3' },
].filter(
  (configuration) => !process.env.BENCH_ONLY || configuration.label.startsWith(process.env.BENCH_ONLY),
);

async function startOnce(dataDir: string, ports: Record<string, string>, copies: string) {
  const startedAt = performance.now();
  // As `npm start` runs the runner: its launcher, here given the entry that adds the copies.
  const launcher = path.join(ROOT, 'deploy/local/start.cjs');
  const child = spawn(process.execPath, [launcher, path.join(__dirname, 'startup/copies-cli.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...ports, CRM_DATA_DIR: dataDir, BENCH_COPIES: copies, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk));
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('Ready in')) {
        clearInterval(check);
        resolve();
      }
    }, 20);
    void exited.then(() => {
      clearInterval(check);
      reject(new Error(`the runner exited before it was ready:\n${output}`));
    });
  });
  const readyS = (performance.now() - startedAt) / 1000;
  const reported = /Ready in ([\d.]+) s \(([^)]*)\)/.exec(output);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const tree = [child.pid as number, ...descendants(child.pid as number).map((info) => info.pid)];
  const memory = memoryOf(tree);
  const nodeMemory = memoryOf(
    [{ pid: child.pid as number, command: 'node' }, ...descendants(child.pid as number)]
      .filter((info) => info.command.startsWith(process.execPath) || info.command.startsWith('node '))
      .map((info) => info.pid),
  );
  const load = loadavg()[0]?.toFixed(1);
  child.kill('SIGTERM');
  await exited;
  return { readyS, reported: reported?.[0] ?? '?', memory, nodeMemory, load };
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const configuration of CONFIGURATIONS) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'crm-bench-startup-'));
    chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data
    const ports = {
      CRM_HTTP_PORT: String(await findFreePort()),
      CRM_EDGE_GRPC_PORT: '0',
      CRM_PG_PORT: String(await findFreePort()),
      CRM_NATS_PORT: String(await findFreePort()),
      CRM_REDIS_PORT: String(await findFreePort()),
    };
    try {
      for (const run of ['first start', 'next start']) {
        const result = await startOnce(dataDir, ports, configuration.copies);
        const { memory, nodeMemory } = result;
        rows.push(
          `${configuration.label.padEnd(17)} ${run.padEnd(11)} ready ${result.readyS.toFixed(1).padStart(5)} s ` +
            `(${result.reported}); idle: ${memory.processes} processes, RSS ${memory.rssMb} MB, PSS ${memory.pssMb} MB ` +
            `(node: RSS ${nodeMemory.rssMb} MB, PSS ${nodeMemory.pssMb} MB); load ${result.load}`,
        );
        console.log(rows.at(-1));
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log(`\nbench:startup (${IDLE_MS / 1000} s idle before measuring memory)\n${rows.join('\n')}`);
}

void main();
