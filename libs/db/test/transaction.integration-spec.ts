import { createTestDatabase, type TestDatabase } from '@crm/testing';
import { createPool, withTransaction } from '../src';
import type pg from 'pg';

describe('createPool and withTransaction', () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = createPool(db.url, { max: 3, statementTimeoutMs: 5000, applicationName: 'crm-db-test' });
    await pool.query('CREATE TABLE items (id int PRIMARY KEY)');
  });

  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('sets application_name, statement_timeout and jit off on its connections', async () => {
    const { rows } = await pool.query(
      "SELECT current_setting('application_name') AS app, current_setting('statement_timeout') AS timeout, current_setting('jit') AS jit",
    );
    expect(rows[0]).toEqual({ app: 'crm-db-test', timeout: '5s', jit: 'off' });
  });

  it('commits when the function resolves and returns its value', async () => {
    const result = await withTransaction(pool, async (client) => {
      await client.query('INSERT INTO items VALUES (1)');
      return 'done';
    });
    expect(result).toBe('done');
    const { rows } = await pool.query('SELECT id FROM items WHERE id = 1');
    expect(rows).toHaveLength(1);
  });

  it('rolls back and rethrows when the function throws, and releases the client', async () => {
    const boom = new Error('boom');
    await expect(
      withTransaction(pool, async (client) => {
        await client.query('INSERT INTO items VALUES (2)');
        throw boom;
      }),
    ).rejects.toBe(boom);
    const { rows } = await pool.query('SELECT id FROM items WHERE id = 2');
    expect(rows).toHaveLength(0);
    expect(pool.totalCount - pool.idleCount).toBe(0);
  });

  it('rolls back when COMMIT itself fails (deferred constraint)', async () => {
    await pool.query(
      'CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED)',
    );
    await expect(
      withTransaction(pool, async (client) => {
        await client.query('INSERT INTO child VALUES (42)');
      }),
    ).rejects.toThrow(/foreign key/);
    const { rows } = await pool.query('SELECT * FROM child');
    expect(rows).toHaveLength(0);
  });

  it('runs at the requested isolation level', async () => {
    const level = await withTransaction(
      pool,
      async (client) => (await client.query('SHOW transaction_isolation')).rows[0].transaction_isolation,
      { isolationLevel: 'serializable' },
    );
    expect(level).toBe('serializable');
  });
});
