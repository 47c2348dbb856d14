// However the runner is stopped, nothing it started may be left running: its services, the servers
// it started (PostgreSQL with its backends, NATS, Redis) and its watchdog. Each way runs `npm start`
// (the repository's script, with the fake registry) on servers of its own, takes the tree of
// processes below npm while everything runs, stops it that way, and checks that none of them runs.
import { rmSync } from 'node:fs';
import { findFreePort } from '@crm/devservers';
import { descendants, stillRunning, type ProcessInfo } from '../../../e2e/support/process-tree';
import { makeTempDir, npmStartPackage, runCli, type CliRun } from './cli-runner.helper';

interface Way {
  name: string;
  stop(run: CliRun, runner: ProcessInfo): void;
  /** Stopped in order (services, then servers), npm exiting 0; else only nothing may be left. */
  graceful: boolean;
}

const WAYS: Way[] = [
  // A terminal's Ctrl-C reaches npm and the runner (one process group) and npm passes it on too.
  { name: 'Ctrl-C in the terminal', stop: (run) => run.signal('SIGINT'), graceful: true },
  { name: 'SIGINT to npm', stop: (run) => process.kill(run.child.pid as number, 'SIGINT'), graceful: true },
  { name: 'SIGTERM to npm', stop: (run) => process.kill(run.child.pid as number, 'SIGTERM'), graceful: true },
  {
    name: 'SIGINT to the runner',
    stop: (_run, runner) => process.kill(runner.pid, 'SIGINT'),
    graceful: true,
  },
  {
    name: 'SIGTERM to the runner',
    stop: (_run, runner) => process.kill(runner.pid, 'SIGTERM'),
    graceful: true,
  },
  // A closed terminal sends SIGHUP to its foreground process group.
  { name: 'the terminal closed (SIGHUP)', stop: (run) => run.signal('SIGHUP'), graceful: false },
  {
    name: 'SIGKILL to the runner',
    stop: (_run, runner) => process.kill(runner.pid, 'SIGKILL'),
    graceful: false,
  },
  // The runner sees that its parent is gone.
  {
    name: 'SIGKILL to npm',
    stop: (run) => process.kill(run.child.pid as number, 'SIGKILL'),
    graceful: false,
  },
];

describe('stopping npm start', () => {
  const dataDir = makeTempDir('crm-signals-');
  const npmPackage = npmStartPackage();
  let ports: Record<string, string>;
  beforeAll(async () => {
    ports = {
      CRM_HTTP_PORT: '0',
      CRM_PG_PORT: String(await findFreePort()),
      CRM_NATS_PORT: String(await findFreePort()),
      CRM_REDIS_PORT: String(await findFreePort()),
    };
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(npmPackage, { recursive: true, force: true });
  });

  // A test that failed before it stopped the runner stops it here, in order, so the next one can start.
  let current: CliRun | undefined;
  afterEach(async () => {
    if (current && current.child.exitCode === null && current.child.signalCode === null) {
      current.signal('SIGTERM');
      await current.exitCode;
    }
  });

  it.each(WAYS)(
    'by $name leaves nothing it started running',
    async (way) => {
      const run = runCli({ CRM_DATA_DIR: dataDir, ...ports }, npmPackage);
      current = run;
      await run.waitFor('Ctrl-C stops everything.');
      const started = descendants(run.child.pid as number);
      const runner = started.find((info) => info.command.includes('deploy/local/start.cjs')) as ProcessInfo;
      expect(runner).toBeDefined();
      // What the runner started: three fake services, the servers, the watchdog.
      const names = (pattern: RegExp) => started.filter((info) => pattern.test(info.command)).length;
      expect(names(/fake-service/)).toBe(3);
      expect(names(/nats-server/)).toBe(1);
      expect(names(/redis-server/)).toBe(1);
      expect(names(/bin\/postgres /)).toBe(1);
      expect(names(/watchdog\.sh/)).toBe(1);

      way.stop(run, runner);
      const code = await run.exitCode;
      const left = await stillRunning(started, 25_000);
      expect(left.map((info) => `${info.pid} ${info.command}`)).toEqual([]);
      if (way.graceful) {
        expect(code).toBe(0);
        expect(run.output().stderr).toContain('All stopped.');
      }
    },
    60_000,
  );
});
