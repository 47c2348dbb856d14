import type { Queryable } from '@crm/db';
import type { AuditEntry } from '../domain/identity';
import type { AuditFilter, AuditRepository, Seq } from '../domain/ports';
import { Sql, withSeq } from './sql';

interface AuditRow {
  id: string;
  seq: string;
  occurred_at: Date;
  service: string;
  action: string;
  entity_type: string;
  entity_id: string;
  actor_id: string;
  actor_name: string | null;
  branch_id: string;
  request_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const COLUMNS =
  'id, seq, occurred_at, service, action, entity_type, entity_id, actor_id, actor_name, branch_id, request_id, before, after';

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  occurredAt: r.occurred_at,
  service: r.service,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  actorId: r.actor_id,
  actorName: r.actor_name,
  branchId: r.branch_id,
  requestId: r.request_id,
  before: r.before,
  after: r.after,
});

/** Writes go through insertAuditEntry only: the table refuses UPDATE and DELETE. */
export async function insertAuditEntry(db: Queryable, entry: AuditEntry, eventId?: string): Promise<boolean> {
  const result = await db.query(
    `INSERT INTO audit_entries (id, occurred_at, service, action, entity_type, entity_id, actor_id, actor_name,
       branch_id, request_id, before, after, event_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (event_id) DO NOTHING`,
    [
      entry.id,
      entry.occurredAt,
      entry.service,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.actorId,
      entry.actorName,
      entry.branchId,
      entry.requestId,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
      eventId ?? null,
    ],
  );
  return (result.rowCount ?? 0) > 0;
}

export class PgAuditRepository implements AuditRepository {
  constructor(private readonly db: Queryable) {}

  async list(filter: AuditFilter): Promise<Seq<AuditEntry>[]> {
    const sql = new Sql();
    if (filter.branchId) sql.and(`branch_id = ${sql.param(filter.branchId)}`);
    if (filter.actorId) sql.and(`actor_id = ${sql.param(filter.actorId)}`);
    if (filter.entityType) sql.and(`entity_type = ${sql.param(filter.entityType)}`);
    if (filter.entityId) sql.and(`entity_id = ${sql.param(filter.entityId)}`);
    if (filter.from) sql.and(`occurred_at >= ${sql.param(filter.from)}`);
    if (filter.to) sql.and(`occurred_at < ${sql.param(filter.to)}`);
    if (filter.before) {
      sql.and(
        `(occurred_at, seq) < (${sql.param(filter.before.occurredAt)}, ${sql.param(filter.before.seq.toString())})`,
      );
    }
    const { rows } = await this.db.query<AuditRow>(
      `SELECT ${COLUMNS} FROM audit_entries ${sql.whereClause()}
       ORDER BY occurred_at DESC, seq DESC LIMIT ${sql.param(filter.limit)}`,
      sql.params,
    );
    return withSeq(rows, toEntry);
  }
}
