import type { Queryable } from '@crm/db';
import type { RoleRef, User } from '../domain/identity';
import { likePattern } from '../domain/input';
import type { PageRequest } from '../domain/pagination';
import type { Seq, UserRepository } from '../domain/ports';
import { Sql, withSeq } from './sql';

interface UserRow {
  id: string;
  seq: string;
  username: string;
  display_name: string;
  branch_id: string;
  department_id: string | null;
  disabled: boolean;
  must_change_password: boolean;
  extension: string | null;
  created_at: Date;
  updated_at: Date;
  roles: RoleRef[];
}

// The roles of each user, as a JSON array in role order.
const SELECT = `SELECT u.id, u.seq, u.username, u.display_name, u.branch_id, u.department_id, u.disabled,
    u.must_change_password, u.extension, u.created_at, u.updated_at,
    (SELECT coalesce(json_agg(json_build_object('id', r.id, 'key', r.key, 'name', r.name) ORDER BY r.seq), '[]'::json)
       FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id) AS roles
  FROM users u`;

const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  branchId: r.branch_id,
  departmentId: r.department_id,
  roles: r.roles,
  disabled: r.disabled,
  mustChangePassword: r.must_change_password,
  extension: r.extension,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class PgUserRepository implements UserRepository {
  constructor(private readonly db: Queryable) {}

  async count(): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>('SELECT count(*) AS n FROM users');
    return Number(rows[0]?.n ?? 0);
  }

  async findById(id: string, opts?: { forUpdate?: boolean }): Promise<User | undefined> {
    const { rows } = await this.db.query<UserRow>(
      `${SELECT} WHERE u.id = $1 ${opts?.forUpdate ? 'FOR UPDATE OF u' : ''}`,
      [id],
    );
    return rows[0] && toUser(rows[0]);
  }

  async findByUsername(username: string): Promise<User | undefined> {
    const { rows } = await this.db.query<UserRow>(`${SELECT} WHERE lower(u.username) = lower($1)`, [
      username,
    ]);
    return rows[0] && toUser(rows[0]);
  }

  async passwordHash(id: string): Promise<string | undefined> {
    const { rows } = await this.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [id],
    );
    return rows[0]?.password_hash;
  }

  async list(filter: PageRequest & { q?: string; branchId?: string }): Promise<Seq<User>[]> {
    const sql = new Sql();
    if (filter.branchId) sql.and(`u.branch_id = ${sql.param(filter.branchId)}`);
    if (filter.q) {
      const p = sql.param(likePattern(filter.q));
      sql.and(`(u.username ILIKE ${p} OR u.display_name ILIKE ${p})`);
    }
    const order = sql.page(filter, 'desc', 'u.seq');
    const { rows } = await this.db.query<UserRow>(`${SELECT} ${sql.whereClause()} ${order}`, sql.params);
    return withSeq(rows, toUser);
  }

  async insert(u: User, passwordHash: string): Promise<void> {
    await this.db.query(
      `INSERT INTO users (id, username, display_name, branch_id, department_id, password_hash, must_change_password,
         disabled, password_changed_at, created_at, updated_at, extension)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11)`,
      [
        u.id,
        u.username,
        u.displayName,
        u.branchId,
        u.departmentId,
        passwordHash,
        u.mustChangePassword,
        u.disabled,
        u.createdAt,
        u.updatedAt,
        u.extension,
      ],
    );
    await this.replaceRoles(u);
  }

  async update(u: User): Promise<void> {
    await this.db.query(
      `UPDATE users SET display_name = $2, branch_id = $3, department_id = $4, disabled = $5, updated_at = $6,
         extension = $7 WHERE id = $1`,
      [u.id, u.displayName, u.branchId, u.departmentId, u.disabled, u.updatedAt, u.extension],
    );
    await this.replaceRoles(u);
  }

  async setPassword(id: string, passwordHash: string, mustChangePassword: boolean, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE users SET password_hash = $2, must_change_password = $3, password_changed_at = $4, updated_at = $4
       WHERE id = $1`,
      [id, passwordHash, mustChangePassword, at],
    );
  }

  private async replaceRoles(u: User): Promise<void> {
    await this.db.query('DELETE FROM user_roles WHERE user_id = $1', [u.id]);
    if (u.roles.length === 0) return;
    await this.db.query('INSERT INTO user_roles (user_id, role_id) SELECT $1, unnest($2::uuid[])', [
      u.id,
      u.roles.map((r) => r.id),
    ]);
  }
}
