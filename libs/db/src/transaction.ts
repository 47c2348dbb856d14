import type pg from 'pg';

const isolationLevels = ['read committed', 'repeatable read', 'serializable'] as const;
export type IsolationLevel = (typeof isolationLevels)[number];

/**
 * Runs `fn` in one transaction on a client of its own: COMMIT when it resolves, ROLLBACK when it
 * throws (the original error is rethrown), and the client always goes back to the pool.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  opts: { isolationLevel?: IsolationLevel } = {},
): Promise<T> {
  // The level is spliced into SQL, so it is checked against the known ones, not trusted.
  if (opts.isolationLevel && !isolationLevels.includes(opts.isolationLevel)) {
    throw new Error(`unknown isolation level: ${String(opts.isolationLevel)}`);
  }
  const client = await pool.connect();
  // A client whose connection broke must not go back to the pool; release(err) destroys it.
  let broken: Error | undefined;
  try {
    await client.query(opts.isolationLevel ? `BEGIN ISOLATION LEVEL ${opts.isolationLevel}` : 'BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackErr) {
      broken = rollbackErr instanceof Error ? rollbackErr : new Error(String(rollbackErr));
    }
    throw err;
  } finally {
    client.release(broken);
  }
}
