// jest globalSetup of the integration and e2e projects: makes sure PostgreSQL, NATS and Redis
// answer before any test runs. A server at the configured URL is used as is (fast path: three
// probes in parallel). When the default URL does not answer, the server is started the way
// `npm start` does (data under .data/test/) and its URL is put in the environment, which the
// test workers inherit. Started servers stop when jest exits (@crm/devservers kills them on
// process exit), so no globalTeardown is needed.
import path from 'node:path';
import {
  describeError,
  ensureNats,
  ensurePostgres,
  ensureRedis,
  findFreePort,
  redactUrl,
  type DevServer,
  type DevServerOptions,
} from '@crm/devservers';

interface TestServer {
  name: string;
  envVar: string;
  defaultUrl: string;
  ensure(options: DevServerOptions): Promise<DevServer>;
}

const TEST_SERVERS: TestServer[] = [
  {
    name: 'PostgreSQL',
    envVar: 'CRM_TEST_PG_URL',
    defaultUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    ensure: ensurePostgres,
  },
  { name: 'NATS', envVar: 'CRM_TEST_NATS_URL', defaultUrl: 'nats://127.0.0.1:4222', ensure: ensureNats },
  { name: 'Redis', envVar: 'CRM_TEST_REDIS_URL', defaultUrl: 'redis://127.0.0.1:6379', ensure: ensureRedis },
];

const DATA_DIR = path.resolve(__dirname, '../../../.data/test');

async function ensureTestServer(server: TestServer): Promise<void> {
  const url = process.env[server.envVar] || server.defaultUrl;
  try {
    await server.ensure({ url, dataDir: DATA_DIR });
    process.env[server.envVar] = url;
    return;
  } catch (error) {
    // A URL someone chose is not replaced behind their back: say it does not answer.
    if (url !== server.defaultUrl) {
      throw new Error(
        `${server.name} for the tests (${server.envVar}) is not reachable: ${describeError(error)}`,
      );
    }
  }
  try {
    // A free port: never collides with a system server or a developer's `npm start`.
    const started = await server.ensure({
      dataDir: DATA_DIR,
      port: await findFreePort(),
      urlEnvVar: server.envVar,
    });
    process.env[server.envVar] = started.url;
  } catch (error) {
    throw new Error(
      `${server.name} for the tests is not reachable at ${redactUrl(url)} (the default; set ${server.envVar} ` +
        `to use another) and could not be started: ${describeError(error)}`,
    );
  }
}

export default async function globalSetup(): Promise<void> {
  const results = await Promise.allSettled(TEST_SERVERS.map(ensureTestServer));
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [describeError(result.reason as unknown)] : [],
  );
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
}
