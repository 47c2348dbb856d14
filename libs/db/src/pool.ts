import pg from 'pg';
import { fallbackLogger, type Logger } from './logger';
import { InputCheckedClient } from './pg-errors';

/** Anything that can run a query: the pool itself, or a client checked out of it (e.g. inside a transaction). */
export type Queryable = pg.Pool | pg.PoolClient | pg.Client;

export interface CreatePoolOptions {
  /** Upper bound on open connections per process; keep replicas × max below the server's max_connections. */
  max?: number;
  /** Server-side limit per statement, so a runaway query cannot hold a connection forever. 0 disables. */
  statementTimeoutMs?: number;
  /** Shown in pg_stat_activity, which is how an operator tells the services apart. */
  applicationName?: string;
  idleTimeoutMs?: number;
  connectionTimeoutMs?: number;
  logger?: Logger;
}

export function createPool(url: string, opts: CreatePoolOptions = {}): pg.Pool {
  const statementTimeoutMs = opts.statementTimeoutMs ?? 30_000;
  const pool = new pg.Pool({
    // Its queries fail with INVALID_ARGUMENT for errors only bad input causes (pg-errors.ts).
    Client: InputCheckedClient,
    connectionString: url,
    max: opts.max ?? 10,
    idleTimeoutMillis: opts.idleTimeoutMs ?? 30_000,
    connectionTimeoutMillis: opts.connectionTimeoutMs ?? 10_000,
    application_name: opts.applicationName ?? 'crm',
    // Sent as startup options, so they hold for every connection, including ones opened later.
    // JIT off: our queries are short OLTP ones, and at a million rows the planner's cost estimates made
    // PostgreSQL spend ~400 ms compiling a query that then ran in ~10 ms (seen in the import benchmark).
    options: `-c statement_timeout=${statementTimeoutMs} -c jit=off`,
  });
  const logger = opts.logger ?? fallbackLogger;
  // An idle client can lose its connection (server restart, network); without a listener the
  // 'error' event would crash the process. The pool drops that client and opens a new one on demand.
  pool.on('error', (err) => logger.error({ err }, 'idle PostgreSQL client failed'));
  return pool;
}
