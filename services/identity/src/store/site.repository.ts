import type { Queryable } from '@crm/db';
import type { Site } from '../domain/identity';
import type { PageRequest } from '../domain/pagination';
import type { Seq, SiteRepository } from '../domain/ports';
import { selectById, selectPage, Sql, type TableReads } from './sql';

interface SiteRow {
  id: string;
  seq: string;
  branch_id: string;
  name: string;
  key_prefix: string;
  created_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
  last_seen_at: Date | null;
}

const COLUMNS = 'id, seq, branch_id, name, key_prefix, created_at, rotated_at, revoked_at, last_seen_at';

const toSite = (r: SiteRow): Site => ({
  id: r.id,
  branchId: r.branch_id,
  name: r.name,
  keyPrefix: r.key_prefix,
  createdAt: r.created_at,
  rotatedAt: r.rotated_at,
  revokedAt: r.revoked_at,
  lastSeenAt: r.last_seen_at,
});

const TABLE: TableReads<SiteRow, Site> = { table: 'sites', columns: COLUMNS, toItem: toSite };

export class PgSiteRepository implements SiteRepository {
  constructor(private readonly db: Queryable) {}

  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Site | undefined> {
    return selectById(this.db, TABLE, id, opts);
  }

  async findCredentials(id: string): Promise<{ site: Site; keyHash: Buffer } | undefined> {
    const { rows } = await this.db.query<SiteRow & { key_hash: Buffer }>(
      `SELECT ${COLUMNS}, key_hash FROM sites WHERE id = $1`,
      [id],
    );
    return rows[0] && { site: toSite(rows[0]), keyHash: rows[0].key_hash };
  }

  async list(filter: PageRequest & { branchId?: string }): Promise<Seq<Site>[]> {
    const sql = new Sql();
    if (filter.branchId) sql.and(`branch_id = ${sql.param(filter.branchId)}`);
    return selectPage(this.db, TABLE, sql, filter, 'desc');
  }

  async insert(s: Site, keyHash: Buffer): Promise<void> {
    await this.db.query(
      `INSERT INTO sites (id, branch_id, name, key_hash, key_prefix, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [s.id, s.branchId, s.name, keyHash, s.keyPrefix, s.createdAt],
    );
  }

  async update(s: Site, keyHash?: Buffer): Promise<void> {
    await this.db.query(
      `UPDATE sites SET name = $2, key_prefix = $3, rotated_at = $4, revoked_at = $5, key_hash = coalesce($6, key_hash)
       WHERE id = $1`,
      [s.id, s.name, s.keyPrefix, s.rotatedAt, s.revokedAt, keyHash ?? null],
    );
  }

  async touch(id: string, at: Date, minIntervalSeconds: number): Promise<void> {
    await this.db.query(
      `UPDATE sites SET last_seen_at = $2
       WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < $2::timestamptz - make_interval(secs => $3))`,
      [id, at, minIntervalSeconds],
    );
  }
}
