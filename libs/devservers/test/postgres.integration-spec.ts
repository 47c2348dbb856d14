import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { createDatabaseIfMissing, databaseUrl, ensurePostgres, findFreePort } from '../src';
import { isAlive, makeTempDir } from './helpers';

const repoRoot = path.resolve(__dirname, '../../..');
const fixture = path.join(__dirname, 'fixtures/run-postgres.fixture.ts');

interface Running {
  url: string;
  pid: number;
  ms: number;
  stop(): Promise<number | null>;
}

/** Starts the embedded server in a child process (see the fixture for why) and reads its URL. */
async function startInChild(dataDir: string, port: number): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir, String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const [first] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(() => {
      throw new Error(`fixture exited: ${stderr}`);
    }),
  ])) as [string];
  const started = JSON.parse(first) as Omit<Running, 'stop'>;
  return {
    ...started,
    stop: async () => {
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('ensurePostgres with the embedded server', () => {
  const temp = makeTempDir('crm-devservers-pg-');
  afterAll(() => temp.remove());

  it('initialises once, keeps the data across a stop and start, and stops with its process', async () => {
    const port = await findFreePort();
    const first = await startInChild(temp.dir, port);
    expect(first.url).toMatch(new RegExp(`^postgres://postgres:[^@]{20,}@127\\.0\\.0\\.1:${port}/postgres$`));
    expect(await createDatabaseIfMissing(first.url, 'crm_kept')).toBe(true);
    const kept = databaseUrl(first.url, 'crm_kept');
    await query(kept, "CREATE TABLE note (body text); INSERT INTO note VALUES ('still here')");
    expect(await first.stop()).toBe(0);
    expect(isAlive(first.pid)).toBe(false);

    const second = await startInChild(temp.dir, port);
    try {
      expect(second.url).toBe(first.url); // same generated password, read from the data folder
      expect(await createDatabaseIfMissing(second.url, 'crm_kept')).toBe(false);
      expect((await query(kept, 'SELECT body FROM note')).rows).toEqual([{ body: 'still here' }]);
      console.warn(`embedded PostgreSQL: first start (initdb) ${first.ms} ms, restart ${second.ms} ms`);
    } finally {
      expect(await second.stop()).toBe(0);
    }
    expect(isAlive(second.pid)).toBe(false);
  }, 60_000);
});

describe('ensurePostgres in a data folder others cannot enter', () => {
  const temp = makeTempDir('crm-devservers-pg-private-');
  afterAll(() => temp.remove());

  // What `npm start` made before: .data 0700 because the signing keys were written into it first.
  // As root PostgreSQL runs as the `postgres` OS user, which must pass through it.
  it('lets the database user through (search only), and starts', async () => {
    const dataDir = path.join(temp.dir, '.data');
    mkdirSync(path.join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
    const started = await startInChild(dataDir, await findFreePort());
    try {
      expect((await query(started.url, 'SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      const mode = statSync(dataDir).mode & 0o777;
      expect(mode).toBe(process.getuid?.() === 0 ? 0o701 : 0o700);
      expect(statSync(path.join(dataDir, 'keys')).mode & 0o777).toBe(0o700);
    } finally {
      expect(await started.stop()).toBe(0);
    }
  }, 60_000);
});

describe('ensurePostgres given a URL', () => {
  it('uses a server that answers', async () => {
    const url = process.env.CRM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    await expect(ensurePostgres({ url, dataDir: '/nonexistent' })).resolves.toMatchObject({
      url,
      started: false,
    });
  });

  it('throws naming the URL, without its password, when nothing answers', async () => {
    const port = await findFreePort();
    await expect(
      ensurePostgres({
        url: `postgres://postgres:secret@127.0.0.1:${port}/postgres`,
        dataDir: '/nonexistent',
      }),
    ).rejects.toThrow(`PostgreSQL at postgres://postgres:***@127.0.0.1:${port}/postgres does not answer`);
  });
});
