import type { Pool, PoolClient } from 'pg';
import { appendToOutbox } from '@crm/bus';
import { copyIn, copyRows, copyTextArray, copyValue, type Queryable } from '@crm/db';
import { conflict } from '@crm/errors';
import type { Customer, CustomerStatus } from '../domain/customer';
import type { DuplicateCandidate } from '../domain/duplicates';
import type { ImportBatchStore, ImportWriter } from '../domain/import-customers.use-case';
import { customerChangeEvents } from '../wire/customer-events';
import { importCompletedEvents, importedCustomerEvents } from '../wire/customer-import-events';
import { ENTRY_LOCK } from './customer-duplicates.repository';
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
   * Holds the entry lock (ENTRY_LOCK) exclusively on a connection of its own until released: creates
   * and edits that check for duplicates wait until the import's rows are committed (or rolled back),
   * and an entry under way when the import starts is committed before the import checks its rows.
   */
  async holdEntryLock(): Promise<{ release(): Promise<void> }> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [ENTRY_LOCK]);
    } catch (err) {
      client.release(err as Error);
      throw err;
    }
    let held = true;
    return {
      release: async () => {
        if (!held) return;
        held = false;
        try {
          await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [ENTRY_LOCK]);
          client.release();
        } catch (err) {
          // A connection that cannot unlock is closed, which releases the lock.
          client.release(err as Error);
        }
      },
    };
  }

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
        batch: (fn) => fn(batchStore(client, undefined, () => open)),
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
      batch: (fn) => fn(batchStore(client, touched, () => open)),
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

/**
 * A batch's statements on the writer's connection. Once the writer committed or rolled back, a
 * statement is refused rather than run outside the transaction.
 */
function batchStore(client: Queryable, touched: string[] | undefined, open: () => boolean): ImportBatchStore {
  const db = () => {
    if (!open()) throw new Error('the import’s transaction has ended');
    return client;
  };
  const tx = () => {
    if (!touched) throw new Error('a dry run does not write');
    return db() as PoolClient;
  };
  return {
    findMatches: (names, phones) => findMatches(db(), names, phones),
    async lockRecords(ids) {
      const { rows } = await db().query<CustomerRow>(
        `SELECT ${customerColumns('c')} FROM customers c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE`,
        [ids],
      );
      return hydrate(db(), rows);
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

/**
 * The columns create's insert writes (customer-writes.repository insertRow, profileValues) for a
 * record without contacts and cards, as COPY's text format: PostgreSQL parses a row of it in a
 * fraction of the time it takes for the same row as an element of a JSON parameter, and the text is
 * half the size of the JSON (measured: 55 against 63 µs per row with all of the table's indexes).
 */
const INSERT_COLUMNS = [
  'id',
  'branch_id',
  'department_id',
  'owner_id',
  'kind',
  'name',
  'name_normalized',
  'phones',
  'email',
  'province',
  'city',
  'district',
  'address_detail',
  'source',
  'tags',
  'notes',
  'custom_fields',
  'level',
  'grade_class',
  'status',
  'version',
  'created_by',
  'created_at',
  'updated_at',
  'owned_since',
] as const;
const COPY_CUSTOMERS = `COPY customers (${INSERT_COLUMNS.join(', ')}) FROM STDIN`;

async function insertCustomers(tx: PoolClient, customers: Customer[]): Promise<void> {
  await copyIn(tx, COPY_CUSTOMERS, copyRows(customers.map(insertRow)));
}

const time = (d: Date | null) => (d ? d.toISOString() : null);

/** A record as the values of INSERT_COLUMNS, in their order (the values of profileValues, for a new record). */
const insertRow = (c: Customer): string[] => [
  c.id,
  copyValue(c.branchId),
  copyValue(c.departmentId),
  copyValue(c.ownerId),
  copyValue(c.kind),
  copyValue(c.name),
  copyValue(c.nameNormalized),
  copyTextArray(c.phones),
  copyValue(c.email),
  copyValue(c.address.province),
  copyValue(c.address.city),
  copyValue(c.address.district),
  copyValue(c.address.detail),
  copyValue(c.source),
  copyTextArray(c.tags),
  copyValue(c.notes),
  copyValue(JSON.stringify(c.customFields)),
  copyValue(c.level),
  copyValue(c.customerClass),
  copyValue(c.status),
  String(c.version),
  copyValue(c.createdBy),
  copyValue(time(c.createdAt)),
  copyValue(time(c.updatedAt)),
  copyValue(time(c.ownedSince)),
];

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
