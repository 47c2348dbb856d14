import type { PageRequest } from '../domain/pagination';

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
