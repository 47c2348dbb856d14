import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import {
  cleanupRedis,
  connectTestNats,
  connectTestRedis,
  createTestDatabase,
  ServerUnreachableError,
  testBusNamespace,
  testPgUrl,
  testRedisPrefix,
} from '../src';

describe('test servers', () => {
  it('creates a fresh database and drops it, even with connections still open', async () => {
    const db = await createTestDatabase();
    expect(db.name).toMatch(/^crm_test_[0-9a-f]{12}$/);
    await db.pool.query('CREATE TABLE t (id int)');
    const straggler = new pg.Client({ connectionString: db.url });
    straggler.on('error', () => undefined);
    await straggler.connect();

    await db.drop();

    const admin = new pg.Client({ connectionString: testPgUrl() });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]);
      expect(rows).toHaveLength(0);
    } finally {
      await admin.end();
      await straggler.end().catch(() => undefined);
    }
  });

  it('gives each caller its own database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      expect(a.name).not.toBe(b.name);
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });

  it('deletes only its own namespace’s streams', async () => {
    const nc = await connectTestNats();
    try {
      const jsm = await jetstreamManager(nc);
      const mine = testBusNamespace();
      const other = testBusNamespace();
      expect(mine.subjectPrefix).not.toBe(other.subjectPrefix);
      await jsm.streams.add({ name: `${mine.streamPrefix}A`, subjects: [`${mine.subjectPrefix}a.>`] });
      await jsm.streams.add({ name: `${other.streamPrefix}A`, subjects: [`${other.subjectPrefix}a.>`] });

      await mine.cleanup(jsm);

      const names: string[] = [];
      for await (const n of jsm.streams.names()) names.push(n);
      expect(names).not.toContain(`${mine.streamPrefix}A`);
      expect(names).toContain(`${other.streamPrefix}A`);
      await other.cleanup(jsm);
    } finally {
      await nc.close();
    }
  });

  it('cleans only the keys under its Redis prefix', async () => {
    const client = await connectTestRedis();
    const mine = testRedisPrefix();
    const other = testRedisPrefix();
    try {
      await client.set(`${mine}a`, '1');
      await client.set(`${mine}b:c`, '2');
      await client.set(`${other}a`, '3');

      expect(await cleanupRedis(client, mine)).toBe(2);

      expect(await client.exists([`${mine}a`, `${mine}b:c`])).toBe(0);
      expect(await client.get(`${other}a`)).toBe('3');
    } finally {
      await cleanupRedis(client, other);
      client.destroy();
    }
  });

  describe('names the server and URL it cannot reach', () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    it('PostgreSQL', async () => {
      const run = createTestDatabase({ serverUrl: 'postgres://postgres:secret@127.0.0.1:1/postgres' });
      await expect(run).rejects.toBeInstanceOf(ServerUnreachableError);
      await expect(run).rejects.toThrow(
        'cannot reach PostgreSQL at postgres://postgres:***@127.0.0.1:1/postgres',
      );
    });

    it('NATS', async () => {
      await expect(connectTestNats({ url: 'nats://127.0.0.1:1' })).rejects.toThrow(
        'cannot reach NATS at nats://127.0.0.1:1',
      );
    });

    it('Redis', async () => {
      await expect(connectTestRedis({ url: 'redis://127.0.0.1:1' })).rejects.toThrow(
        'cannot reach Redis at redis://127.0.0.1:1',
      );
    });
  });
});
