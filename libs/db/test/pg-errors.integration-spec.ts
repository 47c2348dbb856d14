import { createTestDatabase, type TestDatabase } from '@crm/testing';
import { DomainError } from '@crm/errors';
import { createPool, inputErrorOf, withTransaction } from '../src';
import type pg from 'pg';

describe('PostgreSQL errors only bad input causes', () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = createPool(db.url, { max: 2 });
    await pool.query('CREATE TABLE notes (id uuid PRIMARY KEY, body text NOT NULL)');
  });

  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('are INVALID_ARGUMENT, through the pool and in a transaction, and nothing is stored', async () => {
    const id = '0b6d5b1e-5a43-4c8e-9d1e-2f5b7c9a1d01';
    const nul = pool.query('INSERT INTO notes VALUES ($1, $2)', [id, 'a\u0000b']);
    await expect(nul).rejects.toBeInstanceOf(DomainError);
    await expect(nul).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(pool.query('SELECT * FROM notes WHERE id = $1', ['x'])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'a value has the wrong form (an id must be a UUID)',
    });
    await expect(
      withTransaction(pool, (client) => client.query('INSERT INTO notes VALUES ($1, $2)', [id, '\u0000'])),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    // The callback form, as pg-pool itself calls it.
    const client = await pool.connect();
    try {
      const err = await new Promise((resolve) =>
        client.query('SELECT $1::uuid', ['nope'], (e: Error | null) => resolve(e)),
      );
      expect(err).toMatchObject({ code: 'INVALID_ARGUMENT' });
    } finally {
      client.release();
    }
    expect((await pool.query('SELECT count(*)::int AS n FROM notes')).rows[0].n).toBe(0);
  });

  it('leaves every other error as it was', async () => {
    const err = await pool.query('SELEC 1').catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: '42601' });
    expect(inputErrorOf(err)).toBeUndefined();
    expect(inputErrorOf({ code: '22021' })).toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
