import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@crm/testing';
import { MigrationChecksumError, MigrationFailedError, migrate } from '../src';

describe('migrate', () => {
  let db: TestDatabase;
  let dir: string;

  beforeEach(async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(path.join(tmpdir(), 'crm-migrations-'));
  });

  afterEach(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  async function write(name: string, sql: string): Promise<void> {
    await writeFile(path.join(dir, name), sql);
  }

  async function tableExists(name: string): Promise<boolean> {
    const { rows } = await db.pool.query('SELECT to_regclass($1) AS t', [name]);
    return rows[0].t !== null;
  }

  it('applies the files in lexical order, once, and records them', async () => {
    // 0002 depends on 0001, so the wrong order would fail.
    await write('0002_add_email.sql', 'ALTER TABLE customers ADD COLUMN email text;');
    await write('0001_create_customers.sql', 'CREATE TABLE customers (id uuid PRIMARY KEY);');
    await write('README.md', 'not a migration');

    const applied = await migrate(db.pool, [{ namespace: 'customers', dir }]);

    expect(applied).toEqual(['customers/0001_create_customers.sql', 'customers/0002_add_email.sql']);
    const { rows } = await db.pool.query('SELECT namespace, name FROM schema_migrations ORDER BY name');
    expect(rows).toEqual([
      { namespace: 'customers', name: '0001_create_customers.sql' },
      { namespace: 'customers', name: '0002_add_email.sql' },
    ]);
  });

  it('is a no-op the second time, and applies only files added since', async () => {
    await write('0001_create_customers.sql', 'CREATE TABLE customers (id uuid PRIMARY KEY);');
    await migrate(db.pool, [{ namespace: 'customers', dir }]);

    expect(await migrate(db.pool, [{ namespace: 'customers', dir }])).toEqual([]);

    await write('0002_create_notes.sql', 'CREATE TABLE notes (id uuid PRIMARY KEY);');
    expect(await migrate(db.pool, [{ namespace: 'customers', dir }])).toEqual([
      'customers/0002_create_notes.sql',
    ]);
  });

  it('keeps namespaces apart: the same file name in two namespaces is two migrations', async () => {
    const other = await mkdtemp(path.join(tmpdir(), 'crm-migrations-'));
    try {
      await write('0001_init.sql', 'CREATE TABLE a (id int);');
      await writeFile(path.join(other, '0001_init.sql'), 'CREATE TABLE b (id int);');
      const applied = await migrate(db.pool, [
        { namespace: 'bus', dir: other },
        { namespace: 'customers', dir },
      ]);
      expect(applied).toEqual(['bus/0001_init.sql', 'customers/0001_init.sql']);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('refuses to run when an applied file was changed, naming the file', async () => {
    await write('0001_create_customers.sql', 'CREATE TABLE customers (id uuid PRIMARY KEY);');
    await migrate(db.pool, [{ namespace: 'customers', dir }]);
    await write('0001_create_customers.sql', 'CREATE TABLE customers (id uuid PRIMARY KEY, name text);');
    await write('0002_create_notes.sql', 'CREATE TABLE notes (id uuid PRIMARY KEY);');

    const run = migrate(db.pool, [{ namespace: 'customers', dir }]);

    await expect(run).rejects.toBeInstanceOf(MigrationChecksumError);
    await expect(run).rejects.toThrow('customers/0001_create_customers.sql');
    // Nothing else was applied either.
    expect(await tableExists('notes')).toBe(false);
  });

  it('does not mistake a CRLF checkout for an edit', async () => {
    await write('0001_create_customers.sql', 'CREATE TABLE customers (\n  id uuid PRIMARY KEY\n);\n');
    await migrate(db.pool, [{ namespace: 'customers', dir }]);
    await write('0001_create_customers.sql', 'CREATE TABLE customers (\r\n  id uuid PRIMARY KEY\r\n);\r\n');
    await expect(migrate(db.pool, [{ namespace: 'customers', dir }])).resolves.toEqual([]);
  });

  it('rolls a failing file back entirely and names it; earlier files stay applied', async () => {
    await write('0001_create_customers.sql', 'CREATE TABLE customers (id uuid PRIMARY KEY);');
    await write(
      '0002_broken.sql',
      'CREATE TABLE notes (id int PRIMARY KEY);\nINSERT INTO notes VALUES (1);\nSELECT 1 / 0;\n',
    );
    await write('0003_never.sql', 'CREATE TABLE never (id int);');

    const run = migrate(db.pool, [{ namespace: 'customers', dir }]);

    await expect(run).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(run).rejects.toThrow(/customers\/0002_broken\.sql.*division by zero/);
    expect(await tableExists('customers')).toBe(true);
    expect(await tableExists('notes')).toBe(false);
    expect(await tableExists('never')).toBe(false);
    const { rows } = await db.pool.query('SELECT name FROM schema_migrations');
    expect(rows.map((r) => r.name)).toEqual(['0001_create_customers.sql']);

    // Fixed (it was never applied, so editing it is allowed), the next run carries on.
    await write('0002_broken.sql', 'CREATE TABLE notes (id int PRIMARY KEY);');
    expect(await migrate(db.pool, [{ namespace: 'customers', dir }])).toEqual([
      'customers/0002_broken.sql',
      'customers/0003_never.sql',
    ]);
  });

  it('is safe when replicas migrate concurrently: each file is applied exactly once', async () => {
    // A slow first file widens the window in which the runs overlap.
    await write('0001_slow.sql', 'SELECT pg_sleep(0.3); CREATE TABLE customers (id uuid PRIMARY KEY);');
    await write('0002_counter.sql', 'CREATE TABLE counter (n int); INSERT INTO counter VALUES (1);');
    // Separate pools, as separate processes would have.
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: db.url, max: 2 }));
    try {
      const results = await Promise.all(pools.map((p) => migrate(p, [{ namespace: 'customers', dir }])));

      expect(results.flat().sort()).toEqual(['customers/0001_slow.sql', 'customers/0002_counter.sql']);
      const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM counter');
      expect(rows[0].n).toBe(1);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('leaves the pooled connection as it found it (statement timeout restored, lock released)', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 1, options: '-c statement_timeout=1234' });
    try {
      await write('0001_init.sql', 'CREATE TABLE a (id int);');
      await migrate(pool, [{ namespace: 'customers', dir }]);
      const { rows } = await pool.query('SHOW statement_timeout');
      expect(rows[0].statement_timeout).toBe('1234ms');
      // This test's database only: other test files hold advisory locks of their own meanwhile.
      const locks = await db.pool.query(
        `SELECT count(*)::int AS n FROM pg_locks
          WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      expect(locks.rows[0].n).toBe(0);
    } finally {
      await pool.end();
    }
  });

  it('names the directory when it cannot be read', async () => {
    await expect(
      migrate(db.pool, [{ namespace: 'customers', dir: path.join(dir, 'missing') }]),
    ).rejects.toThrow(/customers.*missing/);
  });
});
