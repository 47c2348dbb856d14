import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomId, startTestStack, templateDatabase, testPgUrl, type TestStackService } from '../src';
import { asAdmin, dropDatabase, migrationFolders } from './template-helpers';

// Creating and dropping databases takes seconds on a busy server, as in the other suites' set-ups.
const DDL_TIMEOUT_MS = 30_000;

/** A stand-in service: listens on GRPC_PORT and keeps the environment it was started with. */
function fakeService(name: string, migrations?: TestStackService['migrations']) {
  const starts: Record<string, string>[] = [];
  const service: TestStackService = {
    name,
    migrations,
    env: { PLACEHOLDER_ADDR: '127.0.0.1:1' },
    loadConfig: (env) => env,
    async start(config) {
      const env = config as Record<string, string>;
      starts.push(env);
      const server: Server = createServer((_req, res) => res.end(name));
      await new Promise<void>((resolve) => server.listen(Number(env.GRPC_PORT), '127.0.0.1', resolve));
      return {
        port: (server.address() as AddressInfo).port,
        stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    },
  };
  return { service, starts };
}

describe('startTestStack', () => {
  const folders = migrationFolders();
  const migrations = [
    { namespace: 'first', dir: folders.make({ '0001_t.sql': `-- ${randomId()}\nCREATE TABLE t (id int);` }) },
  ];
  afterAll(async () => {
    await dropDatabase(await templateDatabase(testPgUrl(), { name: 'first', migrations }));
    folders.remove();
  }, DDL_TIMEOUT_MS);

  it(
    'starts the services in order, each in a place of its own, and removes it all at the end',
    async () => {
      const first = fakeService('first', migrations);
      const second = fakeService('second');
      const stack = await startTestStack({
        services: [first.service, second.service],
        env: { second: { EXTRA: 'yes', PLACEHOLDER_ADDR: 'overridden' } },
      });
      const database = stack.database('first');
      try {
        const [a] = first.starts;
        const [b] = second.starts;
        expect(a).toMatchObject({
          DATABASE_URL: database.url,
          NATS_NAMESPACE: stack.ns.subjectPrefix.slice(0, -1),
          REDIS_PREFIX: `${stack.redisPrefix}first`,
          JWT_PUBLIC_KEY: stack.keys.publicKeyPem,
          GRPC_PORT: '0',
          PLACEHOLDER_ADDR: '127.0.0.1:1',
        });
        // The second gets the first's address; its own env has the last word; it has no database.
        expect(b).toMatchObject({
          FIRST_ADDR: stack.address('first'),
          EXTRA: 'yes',
          PLACEHOLDER_ADDR: 'overridden',
        });
        expect(b).not.toHaveProperty('DATABASE_URL');
        expect(() => stack.database('second')).toThrow('service second has no database');
        // The database was migrated (a copy of the template).
        expect((await database.pool.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(0);

        // Stopped and started again: on the same port, with the same environment.
        const port = stack.port('first');
        await stack.stopService('first');
        await expect(fetch(`http://${stack.address('first')}`)).rejects.toThrow();
        await stack.startService('first');
        expect(stack.port('first')).toBe(port);
        expect(first.starts[1]).toEqual({ ...a, GRPC_PORT: String(port) });
        expect(await (await fetch(`http://${stack.address('first')}`)).text()).toBe('first');
        await stack.redis.set(`${stack.redisPrefix}first:k`, '1');
      } finally {
        await stack.stop();
      }
      expect(await fetch(`http://127.0.0.1:${stack.port('second')}`).catch(() => 'closed')).toBe('closed');
      const { rowCount } = await asAdmin((c) =>
        c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database.name]),
      );
      expect(rowCount).toBe(0);
    },
    DDL_TIMEOUT_MS,
  );

  it('stops what it started when a service fails to start', async () => {
    const first = fakeService('first');
    let stopped = false;
    const failing: TestStackService = {
      name: 'failing',
      loadConfig: (env) => env,
      start: () => Promise.reject(new Error('boom')),
    };
    const watched: TestStackService = {
      ...first.service,
      async start(env, logger) {
        const started = await first.service.start(env, logger);
        return { port: started.port, stop: () => ((stopped = true), started.stop()) };
      },
    };
    await expect(startTestStack({ services: [watched, failing] })).rejects.toThrow('boom');
    expect(stopped).toBe(true);
  });
});
