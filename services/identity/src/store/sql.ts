import type { QueryResultRow } from 'pg';
import type { Queryable } from '@crm/db';
import type { PageRequest } from '../domain/pagination';
import type { Seq } from '../domain/ports';

/** Collects numbered parameters and WHERE conditions for one query. */
export class Sql {
  readonly params: unknown[] = [];
  readonly where: string[] = [];

  /** Adds a parameter and returns its placeholder ($n). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  and(condition: string): this {
    this.where.push(condition);
    return this;
  }

  whereClause(): string {
    return this.where.length > 0 ? `WHERE ${this.where.join(' AND ')}` : '';
  }

  /** Keyset paging on `seq`: newest first (desc) or oldest first (asc). */
  page(page: PageRequest, direction: 'asc' | 'desc', column = 'seq'): string {
    if (page.afterSeq !== undefined)
      this.and(`${column} ${direction === 'desc' ? '<' : '>'} ${this.param(page.afterSeq.toString())}`);
    return `ORDER BY ${column} ${direction.toUpperCase()} LIMIT ${this.param(page.limit)}`;
  }
}

export const forUpdate = (opts?: { forUpdate?: boolean }): string => (opts?.forUpdate ? 'FOR UPDATE' : '');

/** A table as its repository reads it: the columns it selects and the mapping of a row to the domain. */
export interface TableReads<R extends QueryResultRow, T> {
  table: string;
  columns: string;
  toItem(row: R): T;
}

/** The record with this id (locked for the transaction when asked), or undefined. */
export async function selectById<R extends QueryResultRow, T>(
  db: Queryable,
  t: TableReads<R, T>,
  id: string,
  opts?: { forUpdate?: boolean },
): Promise<T | undefined> {
  const { rows } = await db.query<R>(`SELECT ${t.columns} FROM ${t.table} WHERE id = $1 ${forUpdate(opts)}`, [
    id,
  ]);
  return rows[0] && t.toItem(rows[0]);
}

/** Rows with their insertion sequence, as the paged items the use cases cut into pages. */
export const withSeq = <R extends { seq: string }, T>(rows: R[], toItem: (row: R) => T): Seq<T>[] =>
  rows.map((r) => ({ item: toItem(r), seq: BigInt(r.seq) }));

/** One keyset page of a table under the conditions already in `sql`. */
export async function selectPage<R extends QueryResultRow & { seq: string }, T>(
  db: Queryable,
  t: TableReads<R, T>,
  sql: Sql,
  page: PageRequest,
  direction: 'asc' | 'desc',
): Promise<Seq<T>[]> {
  const order = sql.page(page, direction);
  const { rows } = await db.query<R>(
    `SELECT ${t.columns} FROM ${t.table} ${sql.whereClause()} ${order}`,
    sql.params,
  );
  return withSeq(rows, t.toItem);
}
