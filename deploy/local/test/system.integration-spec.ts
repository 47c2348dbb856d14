import { isAlive, leftoverFakeServices } from './cli-runner.helper';
import { fakeRegistry } from './fixtures/fake-registry';
import { startSystem } from '../system';

describe('startSystem in-process, as the whole-system tests use it', () => {
  it('runs the services against given servers and stops them all', async () => {
    const lines: string[] = [];
    const system = await startSystem({
      registry: fakeRegistry(),
      pgUrl: process.env.CRM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      natsUrl: process.env.CRM_TEST_NATS_URL ?? 'nats://127.0.0.1:4222',
      redisUrl: process.env.CRM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      dbPrefix: 'crm_system_test_',
      httpPort: 0,
      output: (line) => lines.push(line),
      env: {},
    });
    try {
      expect(system.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(system.services.alpha).toMatchObject({ kind: 'grpc', database: 'crm_system_test_alpha' });
      expect(system.services.web?.url).toBe(system.httpUrl);
      expect(system.servers.postgres.started).toBe(false);
      expect((await fetch(`${system.httpUrl}/readyz`)).status).toBe(200);
      // Each service chose its own port (none was fixed) and the runner knows it from the service.
      for (const name of ['alpha', 'beta', 'web']) {
        const service = system.services[name];
        expect(service?.port).toBeGreaterThan(0);
        expect(
          lines.some((line) => line.startsWith(`${name}`) && line.includes(`port=${service?.port}`)),
        ).toBe(true);
      }
    } finally {
      await system.stop();
    }
    for (const service of Object.values(system.services)) expect(isAlive(service.pid)).toBe(false);
    expect(leftoverFakeServices()).toEqual([]);
  }, 30_000);
});
