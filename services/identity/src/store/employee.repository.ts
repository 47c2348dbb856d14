import type { Queryable } from '@crm/db';
import type { Employee, EmployeeCategory } from '../domain/identity';
import { likePattern } from '../domain/input';
import type { PageRequest } from '../domain/pagination';
import type { EmployeeRepository, Seq } from '../domain/ports';
import { selectById, selectPage, Sql, type TableReads } from './sql';

interface EmployeeRow {
  id: string;
  seq: string;
  branch_id: string;
  department_id: string | null;
  user_id: string | null;
  number: string;
  name: string;
  category: EmployeeCategory;
  phone: string | null;
  address: string | null;
  email: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS =
  'id, seq, branch_id, department_id, user_id, number, name, category, phone, address, email, created_at, updated_at';

const toEmployee = (r: EmployeeRow): Employee => ({
  id: r.id,
  number: r.number,
  name: r.name,
  category: r.category,
  phone: r.phone,
  address: r.address,
  email: r.email,
  branchId: r.branch_id,
  departmentId: r.department_id,
  userId: r.user_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const TABLE: TableReads<EmployeeRow, Employee> = { table: 'employees', columns: COLUMNS, toItem: toEmployee };

export class PgEmployeeRepository implements EmployeeRepository {
  constructor(private readonly db: Queryable) {}

  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Employee | undefined> {
    return selectById(this.db, TABLE, id, opts);
  }

  /** `q` is a substring of name, number or phone (ILIKE, served by the pg_trgm GIN indexes). */
  async list(
    filter: PageRequest & { q?: string; branchId?: string; departmentId?: string },
  ): Promise<Seq<Employee>[]> {
    const sql = new Sql();
    if (filter.branchId) sql.and(`branch_id = ${sql.param(filter.branchId)}`);
    if (filter.departmentId) sql.and(`department_id = ${sql.param(filter.departmentId)}`);
    if (filter.q) {
      const p = sql.param(likePattern(filter.q));
      sql.and(`(name ILIKE ${p} OR number ILIKE ${p} OR phone ILIKE ${p})`);
    }
    return selectPage(this.db, TABLE, sql, filter, 'desc');
  }

  async insert(e: Employee): Promise<void> {
    await this.db.query(
      `INSERT INTO employees (id, branch_id, department_id, user_id, number, name, category, phone, address, email, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        e.id,
        e.branchId,
        e.departmentId,
        e.userId,
        e.number,
        e.name,
        e.category,
        e.phone,
        e.address,
        e.email,
        e.createdAt,
        e.updatedAt,
      ],
    );
  }

  async update(e: Employee): Promise<void> {
    await this.db.query(
      `UPDATE employees SET department_id = $2, user_id = $3, number = $4, name = $5, category = $6, phone = $7,
         address = $8, email = $9, updated_at = $10
       WHERE id = $1`,
      [
        e.id,
        e.departmentId,
        e.userId,
        e.number,
        e.name,
        e.category,
        e.phone,
        e.address,
        e.email,
        e.updatedAt,
      ],
    );
  }

  async delete(id: string): Promise<void> {
    await this.db.query('DELETE FROM employees WHERE id = $1', [id]);
  }
}
