import { rmSync } from 'node:fs';
import { findFreePort } from '@crm/devservers';
import {
  isAlive,
  leftoverFakeServices,
  makeTempDir,
  pathWithout,
  runCli,
  tablePids,
} from './cli-runner.helper';

// The servers the global setup made sure of, for the tests that do not start their own.
const externalServers = (): Record<string, string> => ({
  CRM_PG_URL: process.env.CRM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  CRM_NATS_URL: process.env.CRM_TEST_NATS_URL ?? 'nats://127.0.0.1:4222',
  CRM_REDIS_URL: process.env.CRM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  CRM_DB_PREFIX: 'crm_runner_test_',
});

describe('npm start (deploy/local runner) with a fake registry', () => {
  const dataDir = makeTempDir('crm-runner-');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  afterEach(() => {
    expect(leftoverFakeServices()).toEqual([]);
  });

  async function startAndStop(signal: NodeJS.Signals, ports: Record<string, string>): Promise<string> {
    const run = runCli({ CRM_DATA_DIR: dataDir, CRM_HTTP_PORT: '0', ...ports });
    await run.waitFor('Ctrl-C stops everything.');
    const { stdout } = run.output();
    const pids = tablePids(stdout);
    expect(Object.keys(pids).sort()).toEqual(['alpha', 'beta', 'nats', 'postgres', 'redis', 'web']);
    expect(stdout).toMatch(/^ {2}alpha\s+grpc\s+\d+\s+127\.0\.0\.1:\d+\s+crm_alpha$/m);
    expect(stdout).toMatch(/^ {2}web\s+http\s+\d+\s+127\.0\.0\.1:\d+\s+-$/m);
    const httpUrl = /Portal and API: (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
    expect((await fetch(`${httpUrl}/readyz`)).status).toBe(200);

    run.signal(signal);
    expect(await run.exitCode).toBe(0);
    for (const [name, pid] of Object.entries(pids))
      expect({ name, alive: isAlive(pid) }).toEqual({ name, alive: false });
    const after = run.output();
    expect(after.stderr).toContain('All stopped.');
    return after.stdout;
  }

  it('starts servers from an empty data folder, then again from the kept data; Ctrl-C stops everything', async () => {
    const ports = {
      CRM_PG_PORT: String(await findFreePort()),
      CRM_NATS_PORT: String(await findFreePort()),
      CRM_REDIS_PORT: String(await findFreePort()),
    };
    const first = await startAndStop('SIGINT', ports);
    expect(first).toMatch(/alpha\s+\| .*listening boots=1/);
    // the HTTP front stops (and is waited for) before the services it depends on
    const stopping = (name: string) =>
      first.search(new RegExp(`^${name}\\s+\\| .*INFO  stopping reason=SIGTERM$`, 'm'));
    expect(stopping('web')).toBeGreaterThan(-1);
    expect(stopping('web')).toBeLessThan(stopping('alpha'));
    expect(stopping('web')).toBeLessThan(stopping('beta'));

    const second = await startAndStop('SIGTERM', ports);
    expect(second).toMatch(/alpha\s+\| .*listening boots=2/);
  }, 90_000);

  it('says how to install nats-server when it is missing', async () => {
    const run = runCli({
      ...externalServers(),
      CRM_NATS_URL: '',
      CRM_DATA_DIR: dataDir,
      PATH: pathWithout('nats-server'),
      CRM_PROGRAM_DIRS: '', // nor in the sbin folders looked in after PATH
    });
    expect(await run.exitCode).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toContain('Start-up failed: The `nats-server` program was not found on PATH');
    expect(stderr).toContain('sudo apt-get install nats-server');
    expect(stderr).toContain('brew install nats-server');
    expect(stderr).toContain('go install github.com/nats-io/nats-server/v2@latest');
    expect(stderr).toContain('CRM_NATS_URL');
  }, 30_000);

  it('stops everything and exits non-zero when a service dies, showing its last output', async () => {
    const run = runCli({
      ...externalServers(),
      CRM_HTTP_PORT: '0',
      FAKE_BEHAVIOUR: JSON.stringify({ alpha: { FAKE_CRASH_AFTER_MS: '1500' } }),
    });
    await run.waitFor('Ctrl-C stops everything.');
    const pids = tablePids(run.output().stdout);
    expect(await run.exitCode).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toContain('Service "alpha" stopped unexpectedly (exit code 3). Its last output:');
    expect(stderr).toContain('"msg":"fake crash"');
    expect(isAlive(pids.beta as number)).toBe(false);
    expect(isAlive(pids.web as number)).toBe(false);
  }, 30_000);

  it('names the service that is not ready in time, with its output', async () => {
    const run = runCli({
      ...externalServers(),
      CRM_HTTP_PORT: '0',
      CRM_READY_TIMEOUT_MS: '1500',
      FAKE_BEHAVIOUR: JSON.stringify({ beta: { FAKE_NOT_READY: '1' } }),
    });
    expect(await run.exitCode).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toMatch(
      /Start-up failed: Service "beta" was not ready within 1\.5 s \(gRPC health check on 127\.0\.0\.1:\d+: status NOT_SERVING\)/,
    );
    expect(stderr).toContain('"msg":"listening"');
  }, 30_000);

  it('stops cleanly on Ctrl-C during start-up', async () => {
    const run = runCli({ ...externalServers(), CRM_HTTP_PORT: '0' });
    await run.waitFor('servers ready');
    run.signal('SIGINT');
    expect(await run.exitCode).toBe(0);
    expect(run.output().stderr).toContain('Stopped before start-up finished.');
  }, 30_000);
});
