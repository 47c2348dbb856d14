import type { DataScope } from '@crm/auth';
import type { Queryable } from '@crm/db';
import type { Role } from '../domain/identity';
import type { RoleRepository } from '../domain/ports';
import { selectById, type TableReads } from './sql';

interface RoleRow {
  id: string;
  key: string | null;
  name: string;
  description: string;
  built_in: boolean;
  permissions: string[];
  data_scope: DataScope;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, key, name, description, built_in, permissions, data_scope, created_at, updated_at';

const toRole = (r: RoleRow): Role => ({
  id: r.id,
  key: r.key,
  name: r.name,
  description: r.description,
  builtIn: r.built_in,
  permissions: r.permissions,
  dataScope: r.data_scope,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const TABLE: TableReads<RoleRow, Role> = { table: 'roles', columns: COLUMNS, toItem: toRole };

export class PgRoleRepository implements RoleRepository {
  constructor(private readonly db: Queryable) {}

  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Role | undefined> {
    return selectById(this.db, TABLE, id, opts);
  }

  async findByIds(ids: string[]): Promise<Role[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.db.query<RoleRow>(
      `SELECT ${COLUMNS} FROM roles WHERE id = ANY($1::uuid[]) ORDER BY seq`,
      [ids],
    );
    return rows.map(toRole);
  }

  async findByKey(key: string): Promise<Role | undefined> {
    const { rows } = await this.db.query<RoleRow>(`SELECT ${COLUMNS} FROM roles WHERE key = $1`, [key]);
    return rows[0] && toRole(rows[0]);
  }

  async list(): Promise<Role[]> {
    const { rows } = await this.db.query<RoleRow>(`SELECT ${COLUMNS} FROM roles ORDER BY built_in DESC, seq`);
    return rows.map(toRole);
  }

  async isAssigned(id: string): Promise<boolean> {
    const { rows } = await this.db.query('SELECT 1 FROM user_roles WHERE role_id = $1 LIMIT 1', [id]);
    return rows.length > 0;
  }

  async insert(r: Role): Promise<void> {
    await this.db.query(
      `INSERT INTO roles (id, key, name, description, built_in, permissions, data_scope, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [r.id, r.key, r.name, r.description, r.builtIn, r.permissions, r.dataScope, r.createdAt, r.updatedAt],
    );
  }

  async update(r: Role): Promise<void> {
    await this.db.query(
      `UPDATE roles SET name = $2, description = $3, permissions = $4, data_scope = $5, updated_at = $6 WHERE id = $1`,
      [r.id, r.name, r.description, r.permissions, r.dataScope, r.updatedAt],
    );
  }

  async delete(id: string): Promise<void> {
    await this.db.query('DELETE FROM roles WHERE id = $1', [id]);
  }
}
