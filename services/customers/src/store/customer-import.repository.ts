import type { Pool, PoolClient } from 'pg';
import { appendToOutbox } from '@crm/bus';
import type { Queryable } from '@crm/db';
import { conflict } from '@crm/errors';
import type { Customer, CustomerStatus } from '../domain/customer';
import type { DuplicateCandidate } from '../domain/duplicates';
import type { ImportBatchStore, ImportWriter } from '../domain/import-customers.use-case';
import { customerChangeEvents } from '../events/customer-events';
import { importCompletedEvents, importedCustomerEvents } from '../events/customer-import-events';
import { hydrate } from './customer-records.repository';
import { customerColumns, type CustomerRow } from './customer-row.mapper';
import { lookupKeysOf, type LookupCache } from './lookup-cache';

/**
 * The Excel import's writes, a batch at a time: one multi-row statement per table instead of a
 * statement per record (100,000 rows in seconds, not minutes), with their outbox events, in the
 * transactions of the import's writers.
 */
export class CustomerImportRepository {
  constructor(
    private readonly pool: Pool,
    private readonly lookups: LookupCache,
  ) {}

  /**
   * A transaction of its own for a share of an import's batches (read only and rolled back for a dry
   * run); the recognition cache is invalidated once it committed.
   */
  async writer(write: boolean): Promise<ImportWriter> {
    const client = await this.pool.connect();
    const touched: string[] = [];
    let open = true;
    const end = (err?: Error) => {
      open = false;
      client.release(err);
    };
    try {
      await client.query(write ? 'BEGIN' : 'BEGIN READ ONLY');
      // Every lookup of an import is a probe by key (a phone, a name, an id) for thousands of keys:
      // index probes are right at any table size, but a table that grew since its last ANALYZE (the
      // first big import) gets planned as scans and sorts of the whole table per batch.
      await client.query('SET LOCAL enable_seqscan = off');
      await client.query('SET LOCAL enable_mergejoin = off');
      await client.query('SET LOCAL enable_hashjoin = off');
      // Those settings make the estimates of a batch's statements big enough to pass jit_above_cost:
      // compiling them took ~0.4 s of every batch's ~0.01 s of lookups.
      await client.query('SET LOCAL jit = off');
    } catch (err) {
      end(err as Error);
      throw err;
    }
    if (!write)
      return {
        batch: (fn) => fn(batchStore(client, undefined)),
        commit: async () => {
          if (!open) return;
          await client.query('ROLLBACK');
          end();
        },
        rollback: async () => {
          if (!open) return;
          await client.query('ROLLBACK').catch(() => undefined);
          end();
        },
      };
    return {
      batch: (fn) => fn(batchStore(client, touched)),
      commit: async (completed) => {
        if (!open) return;
        try {
          if (completed)
            await appendToOutbox(client, importCompletedEvents(completed.summary, completed.actor));
          await client.query('COMMIT');
          end();
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          end(err as Error);
          throw err;
        }
        await this.lookups.invalidate(touched);
      },
      rollback: async () => {
        if (!open) return;
        try {
          await client.query('ROLLBACK');
          end();
        } catch (err) {
          end(err as Error);
        }
      },
    };
  }
}

function batchStore(db: Queryable, touched: string[] | undefined): ImportBatchStore {
  const tx = () => {
    if (!touched) throw new Error('a dry run does not write');
    return db as PoolClient;
  };
  return {
    findMatches: (names, phones) => findMatches(db, names, phones),
    async lockRecords(ids) {
      const { rows } = await db.query<CustomerRow>(
        `SELECT ${customerColumns('c')} FROM customers c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE`,
        [ids],
      );
      return hydrate(db, rows);
    },
    async insert(customers, actor) {
      await insertCustomers(tx(), customers);
      await appendToOutbox(tx(), importedCustomerEvents(customers, actor));
      for (const c of customers) touched!.push(...lookupKeysOf(c));
    },
    async update(changes, actor) {
      for (const { before, after, changedFields } of changes) {
        await updateProfile(tx(), after, before.version);
        await appendToOutbox(
          tx(),
          customerChangeEvents(
            { kind: 'updated', action: 'customer.updated', changedFields },
            before,
            after,
            actor,
          ),
        );
        touched!.push(...lookupKeysOf(before), ...lookupKeysOf(after));
      }
    },
  };
}

/** The duplicate check of a whole batch in one query (create's findDuplicates, for many keys). */
async function findMatches(db: Queryable, names: string[], phones: string[]): Promise<DuplicateCandidate[]> {
  if (names.length === 0 && phones.length === 0) return [];
  const { rows } = await db.query<{
    id: string;
    name: string;
    name_normalized: string;
    owner_id: string | null;
    branch_id: string;
    department_id: string | null;
    status: CustomerStatus;
    phones: string[];
  }>(
    // One index probe per key (a join on the unnested keys): a single `phones && <2,000 phones>` is
    // planned as a scan of the whole table as soon as the statistics lag behind a growing table.
    `WITH matched AS (
       SELECT c.id FROM unnest($1::text[]) AS n(key) JOIN customers c ON c.name_normalized = n.key
       UNION SELECT c.id FROM unnest($2::text[]) AS p(key) JOIN customers c ON c.phones @> ARRAY[p.key]
       UNION SELECT k.customer_id FROM unnest($2::text[]) AS p(key)
         JOIN customer_contacts k ON k.phones @> ARRAY[p.key]
     )
     SELECT c.id, c.name, c.name_normalized, c.owner_id, c.branch_id, c.department_id, c.status,
            c.phones || coalesce((SELECT array_agg(p ORDER BY k.position) FROM customer_contacts k, unnest(k.phones) p
                                  WHERE k.customer_id = c.id), '{}') AS phones
     FROM customers c JOIN matched m ON m.id = c.id
     WHERE c.deleted_at IS NULL AND c.status <> 'rejected'`,
    [names, phones],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    nameNormalized: r.name_normalized,
    ownerId: r.owner_id,
    branchId: r.branch_id,
    departmentId: r.department_id,
    status: r.status,
    phones: r.phones,
  }));
}

// The columns create's insert writes (customer-writes.repository insertRow, profileValues) for a
// record without contacts and cards, fed from one JSON document: json_to_recordset turns its arrays
// into text[] and its objects into jsonb, and one parameter avoids escaping big array literals.
const INSERT_COLUMNS = [
  ['id', 'uuid'],
  ['branch_id', 'text'],
  ['department_id', 'text'],
  ['owner_id', 'text'],
  ['kind', 'text'],
  ['name', 'text'],
  ['name_normalized', 'text'],
  ['phones', 'text[]'],
  ['email', 'text'],
  ['province', 'text'],
  ['city', 'text'],
  ['district', 'text'],
  ['address_detail', 'text'],
  ['source', 'text'],
  ['tags', 'text[]'],
  ['notes', 'text'],
  ['custom_fields', 'jsonb'],
  ['level', 'text'],
  ['grade_class', 'text'],
  ['status', 'text'],
  ['version', 'integer'],
  ['created_by', 'text'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['owned_since', 'timestamptz'],
] as const;

async function insertCustomers(tx: PoolClient, customers: Customer[]): Promise<void> {
  const names = INSERT_COLUMNS.map(([n]) => n).join(', ');
  const record = INSERT_COLUMNS.map(([n, t]) => `${n} ${t}`).join(', ');
  await tx.query(
    `INSERT INTO customers (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS r(${record})`,
    [JSON.stringify(customers.map(insertRecord))],
  );
}

/** A record as the JSON object of INSERT_COLUMNS (the values of profileValues, for a new record). */
const insertRecord = (c: Customer) => ({
  id: c.id,
  branch_id: c.branchId,
  department_id: c.departmentId,
  owner_id: c.ownerId,
  kind: c.kind,
  name: c.name,
  name_normalized: c.nameNormalized,
  phones: c.phones,
  email: c.email,
  province: c.address.province,
  city: c.address.city,
  district: c.address.district,
  address_detail: c.address.detail,
  source: c.source,
  tags: c.tags,
  notes: c.notes,
  custom_fields: c.customFields,
  level: c.level,
  grade_class: c.customerClass,
  status: c.status,
  version: c.version,
  created_by: c.createdBy,
  created_at: c.createdAt,
  updated_at: c.updatedAt,
  owned_since: c.ownedSince,
});

/** The profile columns of an upsert (the rest of the record is not the import's to change). */
async function updateProfile(tx: PoolClient, c: Customer, basedOn: number): Promise<void> {
  const result = await tx.query(
    `UPDATE customers SET kind = $2, name = $3, name_normalized = $4, phones = $5, email = $6, province = $7,
       city = $8, district = $9, address_detail = $10, source = $11, tags = $12, notes = $13,
       custom_fields = $14, level = $15, grade_class = $16, version = $17, updated_by = $18, updated_at = $19
     WHERE id = $1 AND version = $20`,
    [
      c.id,
      c.kind,
      c.name,
      c.nameNormalized,
      c.phones,
      c.email,
      c.address.province,
      c.address.city,
      c.address.district,
      c.address.detail,
      c.source,
      c.tags,
      c.notes,
      JSON.stringify(c.customFields),
      c.level,
      c.customerClass,
      c.version,
      c.updatedBy,
      c.updatedAt,
      basedOn,
    ],
  );
  if (result.rowCount !== 1) throw conflict(`customer ${c.id} was changed by someone else`);
}
