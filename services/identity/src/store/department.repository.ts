import type { Queryable } from '@crm/db';
import type { Department } from '../domain/identity';
import type { PageRequest } from '../domain/pagination';
import type { DepartmentRepository, Seq } from '../domain/ports';
import { selectById, selectPage, Sql, type TableReads } from './sql';

interface DepartmentRow {
  id: string;
  seq: string;
  branch_id: string;
  number: string;
  name: string;
  parent_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, seq, branch_id, number, name, parent_id, created_at, updated_at';

const toDepartment = (r: DepartmentRow): Department => ({
  id: r.id,
  branchId: r.branch_id,
  number: r.number,
  name: r.name,
  parentId: r.parent_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const TABLE: TableReads<DepartmentRow, Department> = {
  table: 'departments',
  columns: COLUMNS,
  toItem: toDepartment,
};

export class PgDepartmentRepository implements DepartmentRepository {
  constructor(private readonly db: Queryable) {}

  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Department | undefined> {
    return selectById(this.db, TABLE, id, opts);
  }

  async list(filter: PageRequest & { branchId?: string }): Promise<Seq<Department>[]> {
    const sql = new Sql();
    if (filter.branchId) sql.and(`branch_id = ${sql.param(filter.branchId)}`);
    return selectPage(this.db, TABLE, sql, filter, 'asc');
  }

  async subtree(id: string): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `WITH RECURSIVE tree AS (
         SELECT id FROM departments WHERE id = $1
         UNION
         SELECT d.id FROM departments d JOIN tree t ON d.parent_id = t.id
       )
       SELECT id FROM tree`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async hasMembers(id: string): Promise<boolean> {
    const { rows } = await this.db.query<{ used: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM departments WHERE parent_id = $1)
           OR EXISTS (SELECT 1 FROM employees WHERE department_id = $1)
           OR EXISTS (SELECT 1 FROM users WHERE department_id = $1) AS used`,
      [id],
    );
    return rows[0]?.used === true;
  }

  async insert(d: Department): Promise<void> {
    await this.db.query(
      `INSERT INTO departments (id, branch_id, number, name, parent_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [d.id, d.branchId, d.number, d.name, d.parentId, d.createdAt, d.updatedAt],
    );
  }

  async update(d: Department): Promise<void> {
    await this.db.query(
      'UPDATE departments SET number = $2, name = $3, parent_id = $4, updated_at = $5 WHERE id = $1',
      [d.id, d.number, d.name, d.parentId, d.updatedAt],
    );
  }

  async delete(id: string): Promise<void> {
    await this.db.query('DELETE FROM departments WHERE id = $1', [id]);
  }
}
