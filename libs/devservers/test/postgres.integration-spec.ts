import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  dataLocation: string;
  stop(): Promise<number | null>;
}

/** Starts the embedded server in a child process (see the fixture for why) and reads its URL. */
async function startInChild(dataDir: string, port: number, systemClustersDir?: string): Promise<Running> {
  const args = [dataDir, String(port), ...(systemClustersDir ? [systemClustersDir] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, ...args], {
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

describe('ensurePostgres with a data folder under a parent only its owner may enter (a clone under /root)', () => {
  // What root's home is: 0700. As root PostgreSQL runs as the `postgres` OS user, which cannot pass
  // through it: the cluster goes to a system folder of this data folder (here under a folder of the
  // test's instead of /var/lib/crm), the password file and the log stay in the data folder.
  const home = mkdtempSync(path.join(tmpdir(), 'crm-devservers-pg-home-'));
  const systemBase = makeTempDir('crm-devservers-pg-system-');
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
    systemBase.remove();
  });

  it('keeps the cluster where that user may enter, the rest in the data folder; a deleted data folder starts afresh', async () => {
    chmodSync(home, 0o700);
    const dataDir = path.join(home, 'clone', '.data');
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const port = await findFreePort();
    const first = await startInChild(dataDir, port, systemBase.dir);
    const asRoot = process.getuid?.() === 0;
    try {
      if (asRoot) {
        expect(path.dirname(path.dirname(first.dataLocation))).toBe(systemBase.dir);
        expect(first.dataLocation).toMatch(/\/[0-9a-f]{16}\/data$/);
        const folder = statSync(path.dirname(first.dataLocation));
        expect(folder.mode & 0o777).toBe(0o700);
        expect(folder.uid).toBe(Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })));
        // Nothing of the data folder was opened to others.
        expect(statSync(home).mode & 0o777).toBe(0o700);
        expect(statSync(dataDir).mode & 0o001).toBe(0);
      } else {
        expect(first.dataLocation).toBe(path.join(dataDir, 'postgres', 'data'));
      }
      expect(existsSync(path.join(dataDir, 'postgres', 'superuser-password'))).toBe(true);
      expect(existsSync(path.join(dataDir, 'postgres', 'postgres.log'))).toBe(true);
      await query(databaseUrl(first.url, 'postgres'), 'CREATE TABLE kept (n int)');
    } finally {
      expect(await first.stop()).toBe(0);
    }
    const again = await startInChild(dataDir, port, systemBase.dir);
    try {
      expect(again.dataLocation).toBe(first.dataLocation);
      expect((await query(again.url, 'SELECT count(*)::int AS n FROM kept')).rows).toEqual([{ n: 0 }]);
    } finally {
      expect(await again.stop()).toBe(0);
    }
    // The data folder deleted (its password with it): a new start makes a new, empty cluster.
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { mode: 0o700 });
    const anew = await startInChild(dataDir, port, systemBase.dir);
    try {
      expect(anew.dataLocation).toBe(first.dataLocation);
      expect(anew.url).not.toBe(first.url);
      const tables = await query(
        anew.url,
        "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'kept'",
      );
      expect(tables.rows).toEqual([{ n: 0 }]);
    } finally {
      expect(await anew.stop()).toBe(0);
    }
  }, 90_000);
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
