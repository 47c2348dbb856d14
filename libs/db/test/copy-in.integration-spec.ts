import { createTestDatabase, type TestDatabase } from '@crm/testing';
import type pg from 'pg';
import { copyIn, copyRows, copyTextArray, copyValue, createPool, withTransaction } from '../src';

describe('copyIn and the COPY text encoders', () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = createPool(db.url, { max: 2 });
    await pool.query(
      'CREATE TABLE copied (n int PRIMARY KEY, label text, tags text[] NOT NULL, doc json, at timestamptz)',
    );
  });

  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  const hostile = [
    'tab\there',
    'line\nbreak\r\n',
    'back\\slash \\N \\t',
    '"quoted", {braced}, comma',
    'NULL',
    '',
    '青山农庄 🐔',
    "'; DROP TABLE copied; --",
  ];

  it('stores hostile text, arrays, JSON and NULL exactly as given', async () => {
    const at = new Date('2026-11-23T08:00:00.123Z');
    const rows = hostile.map((label, i) => [
      String(i),
      copyValue(label),
      copyTextArray([label, 'NULL', '']),
      copyValue(JSON.stringify({ label, nested: ['a\\b', 'c"d'] })),
      copyValue(at.toISOString()),
    ]);
    rows.push([String(hostile.length), copyValue(null), copyTextArray([]), copyValue(undefined), '\\N']);
    await withTransaction(pool, (client) =>
      copyIn(client, 'COPY copied (n, label, tags, doc, at) FROM STDIN', copyRows(rows)),
    );

    const { rows: stored } = await pool.query<{
      label: string | null;
      tags: string[];
      doc: unknown;
      at: Date | null;
    }>('SELECT label, tags, doc, at FROM copied ORDER BY n');
    expect(stored.slice(0, hostile.length)).toEqual(
      hostile.map((label) => ({
        label,
        tags: [label, 'NULL', ''],
        doc: { label, nested: ['a\\b', 'c"d'] },
        at,
      })),
    );
    expect(stored[hostile.length]).toEqual({ label: null, tags: [], doc: null, at: null });
  });

  it('rejects with PostgreSQL’s error and stores nothing of a failed COPY; the client stays usable', async () => {
    const before = (await pool.query('SELECT count(*)::int AS n FROM copied')).rows[0].n as number;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("INSERT INTO copied (n, tags) VALUES (1000, '{}')");
      await expect(
        copyIn(
          client,
          'COPY copied (n, label, tags) FROM STDIN',
          copyRows([
            ['1001', copyValue('fine'), copyTextArray([])],
            ['not a number', copyValue('bad'), copyTextArray([])],
          ]),
        ),
      ).rejects.toThrow(/invalid input syntax for type integer/);
      await client.query('ROLLBACK');
      expect((await client.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    } finally {
      client.release();
    }
    const after = (await pool.query('SELECT count(*)::int AS n FROM copied')).rows[0].n as number;
    expect(after).toBe(before);
  });
});
