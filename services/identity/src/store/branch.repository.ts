import type { Queryable } from '@crm/db';
import type { Branch } from '../domain/identity';
import type { PageRequest } from '../domain/pagination';
import type { BranchRepository, Seq } from '../domain/ports';
import { selectById, selectPage, Sql, type TableReads } from './sql';

interface BranchRow {
  id: string;
  seq: string;
  code: string;
  name: string;
  address: string | null;
  phone: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, seq, code, name, address, phone, created_at, updated_at';

const toBranch = (r: BranchRow): Branch => ({
  id: r.id,
  code: r.code,
  name: r.name,
  address: r.address,
  phone: r.phone,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const TABLE: TableReads<BranchRow, Branch> = { table: 'branches', columns: COLUMNS, toItem: toBranch };

export class PgBranchRepository implements BranchRepository {
  constructor(private readonly db: Queryable) {}

  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Branch | undefined> {
    return selectById(this.db, TABLE, id, opts);
  }

  async findByCode(code: string): Promise<Branch | undefined> {
    const { rows } = await this.db.query<BranchRow>(
      `SELECT ${COLUMNS} FROM branches WHERE lower(code) = lower($1)`,
      [code],
    );
    return rows[0] && toBranch(rows[0]);
  }

  async list(page: PageRequest): Promise<Seq<Branch>[]> {
    const sql = new Sql();
    return selectPage(this.db, TABLE, sql, page, 'asc');
  }

  async insert(b: Branch): Promise<void> {
    await this.db.query(
      'INSERT INTO branches (id, code, name, address, phone, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [b.id, b.code, b.name, b.address, b.phone, b.createdAt, b.updatedAt],
    );
  }

  async update(b: Branch): Promise<void> {
    await this.db.query(
      'UPDATE branches SET name = $2, address = $3, phone = $4, updated_at = $5 WHERE id = $1',
      [b.id, b.name, b.address, b.phone, b.updatedAt],
    );
  }
}
