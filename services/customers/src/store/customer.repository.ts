import path from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { scopeCondition, type Principal } from '@crm/auth';
import { appendToOutbox } from '@crm/bus';
import { withTransaction, type Queryable } from '@crm/db';
import { alreadyExists, conflict, notFound } from '@crm/errors';
import type {
  Card,
  CardStatus,
  Contact,
  Customer,
  CustomerClass,
  CustomerKind,
  CustomerLevel,
  CustomerStatus,
  CustomFieldValues,
} from '../domain/customer';
import type { CustomerMutation, MutationContext } from '../domain/customer-change';
import type { DuplicateCandidate, DuplicateKeys } from '../domain/duplicates';
import type { CustomerFilter, CustomerSort, ListCursor } from '../domain/list-customers.use-case';
import {
  customerChangeEvents,
  customerCreatedEvents,
  customerMergedEvents,
  customerPurgedEvents,
} from '../events/customer-events';
import { lookupKeysOf, type LookupCache } from './lookup-cache';

export const customersMigrationsDir = path.join(__dirname, 'migrations');

interface CustomerRow {
  id: string;
  seq: string;
  branch_id: string;
  department_id: string | null;
  owner_id: string | null;
  kind: CustomerKind;
  name: string;
  name_normalized: string;
  phones: string[];
  email: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address_detail: string | null;
  source: string | null;
  tags: string[];
  notes: string | null;
  custom_fields: CustomFieldValues;
  level: CustomerLevel;
  grade_class: CustomerClass | null;
  purchase_quantity: string;
  status: CustomerStatus;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  version: number;
  created_by: string;
  updated_by: string | null;
  deleted_at: Date | null;
  deleted_by: string | null;
  merged_into: string | null;
  created_at: Date;
  updated_at: Date;
  /** The sort key of name order, when listing by name. */
  sort_name?: string;
}

interface ContactRow {
  id: string;
  customer_id: string;
  name: string;
  title: string | null;
  phones: string[];
  email: string | null;
  birthday: string | null;
}

interface CardRow {
  id: string;
  customer_id: string;
  branch_id: string;
  uid: string;
  status: CardStatus;
  issued_at: Date;
  issued_by: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  replaced_by: string | null;
}

const COLUMNS = [
  'id',
  'seq',
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
  'review_note',
  'reviewed_by',
  'reviewed_at',
  'version',
  'created_by',
  'updated_by',
  'deleted_at',
  'deleted_by',
  'merged_into',
  'created_at',
  'updated_at',
];
const columns = (alias: string) =>
  [
    ...COLUMNS.map((c) => `${alias}.${c}`),
    `trim_scale(${alias}.purchase_quantity)::text AS purchase_quantity`,
  ].join(', ');

const CONTACT_COLUMNS = 'id, customer_id, name, title, phones, email, birthday::text AS birthday';
const CARD_COLUMNS =
  'id, customer_id, branch_id, uid, status, issued_at, issued_by, revoked_at, revoked_by, revoke_reason, replaced_by';

function toContact(r: ContactRow): Contact {
  return { id: r.id, name: r.name, title: r.title, phones: r.phones, email: r.email, birthday: r.birthday };
}

function toCard(r: CardRow): Card {
  return {
    id: r.id,
    customerId: r.customer_id,
    branchId: r.branch_id,
    uid: r.uid,
    status: r.status,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
    revokeReason: r.revoke_reason,
    replacedBy: r.replaced_by,
  };
}

function toCustomer(row: CustomerRow, contacts: Contact[], cards: Card[]): Customer {
  return {
    id: row.id,
    branchId: row.branch_id,
    departmentId: row.department_id,
    ownerId: row.owner_id,
    kind: row.kind,
    name: row.name,
    nameNormalized: row.name_normalized,
    phones: row.phones,
    email: row.email,
    address: { province: row.province, city: row.city, district: row.district, detail: row.address_detail },
    contacts,
    source: row.source,
    tags: row.tags,
    notes: row.notes,
    customFields: row.custom_fields,
    level: row.level,
    customerClass: row.grade_class,
    status: row.status,
    version: row.version,
    purchaseQuantity: row.purchase_quantity,
    cards,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
    mergedInto: row.merged_into,
    reviewNote: row.review_note,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** LIKE pattern for a substring, with the wildcards of the term itself escaped. */
const likeSubstring = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

const isUniqueViolation = (err: unknown, constraint: string) =>
  (err as { code?: string; constraint?: string }).code === '23505' &&
  (err as { constraint?: string }).constraint === constraint;

/**
 * Customers in PostgreSQL, with every write's events in the same transaction (outbox) and the
 * recognition cache invalidated after the commit.
 */
export class CustomerRepository {
  constructor(
    private readonly pool: Pool,
    private readonly lookups: LookupCache,
  ) {}

  // ── reads ────────────────────────────────────────────────────────────────────────────────────

  /** Any record with that id, in the recycle bin too. */
  async findById(id: string, db: Queryable = this.pool): Promise<Customer | undefined> {
    const { rows } = await db.query<CustomerRow>(`SELECT ${columns('c')} FROM customers c WHERE c.id = $1`, [
      id,
    ]);
    return (await this.hydrate(db, rows))[0];
  }

  private async lockById(tx: PoolClient, id: string): Promise<Customer | undefined> {
    const { rows } = await tx.query<CustomerRow>(
      `SELECT ${columns('c')} FROM customers c WHERE c.id = $1 FOR UPDATE`,
      [id],
    );
    return (await this.hydrate(tx, rows))[0];
  }

  /** Rows → records with their contacts and cards (two queries for any number of rows). */
  private async hydrate(db: Queryable, rows: CustomerRow[]): Promise<Customer[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [contacts, cards] = await Promise.all([
      db.query<ContactRow>(
        `SELECT ${CONTACT_COLUMNS} FROM customer_contacts WHERE customer_id = ANY($1::uuid[]) ORDER BY position, id`,
        [ids],
      ),
      db.query<CardRow>(
        `SELECT ${CARD_COLUMNS} FROM customer_cards WHERE customer_id = ANY($1::uuid[]) ORDER BY issued_at DESC, id`,
        [ids],
      ),
    ]);
    const group = <R extends { customer_id: string }, T>(list: R[], map: (r: R) => T) => {
      const by = new Map<string, T[]>();
      for (const r of list)
        (by.get(r.customer_id) ?? by.set(r.customer_id, []).get(r.customer_id)!).push(map(r));
      return by;
    };
    const contactsBy = group(contacts.rows, toContact);
    const cardsBy = group(cards.rows, toCard);
    return rows.map((r) => toCustomer(r, contactsBy.get(r.id) ?? [], cardsBy.get(r.id) ?? []));
  }

  /** One page of live records in the principal's data scope, filtered and in the sort order, after the cursor. */
  async listPage(
    principal: Principal,
    filter: CustomerFilter,
    sort: CustomerSort,
    after: ListCursor | undefined,
    limit: number,
  ): Promise<{ customer: Customer; cursor: ListCursor }[]> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = ['c.deleted_at IS NULL'];
    if (filter.branchId) where.push(`c.branch_id = ${p(filter.branchId)}`);
    if (filter.q) where.push(`c.name ILIKE ${p(likeSubstring(filter.q))}`);
    if (filter.phone && 'e164' in filter.phone) {
      const ph = p([filter.phone.e164]);
      where.push(
        `(c.phones @> ${ph}::text[] OR EXISTS (SELECT 1 FROM customer_contacts k WHERE k.customer_id = c.id AND k.phones @> ${ph}::text[]))`,
      );
    } else if (filter.phone) {
      const like = p(likeSubstring(filter.phone.digits));
      where.push(
        `(array_to_string(c.phones, ' ') LIKE ${like} OR EXISTS (SELECT 1 FROM customer_contacts k WHERE k.customer_id = c.id AND array_to_string(k.phones, ' ') LIKE ${like}))`,
      );
    }
    if (filter.cardUid)
      where.push(
        `EXISTS (SELECT 1 FROM customer_cards d WHERE d.customer_id = c.id AND d.status = 'active' AND d.uid = ${p(filter.cardUid)})`,
      );
    if (filter.address) where.push(`c.address_search ILIKE ${p(likeSubstring(filter.address))}`);
    if (filter.city) where.push(`c.city = ${p(filter.city)}`);
    if (filter.tag) where.push(`c.tags @> ARRAY[${p(filter.tag)}]::text[]`);
    if (filter.ownerId) where.push(`c.owner_id = ${p(filter.ownerId)}`);
    if (filter.level) where.push(`c.level = ${p(filter.level)}`);
    if (filter.customerClass) where.push(`c.grade_class = ${p(filter.customerClass)}`);
    if (filter.status) where.push(`c.status = ${p(filter.status)}`);
    if (filter.kind) where.push(`c.kind = ${p(filter.kind)}`);
    const scope = scopeCondition(
      principal,
      { branch: 'c.branch_id', owner: 'c.owner_id', department: 'c.department_id' },
      params.length + 1,
    );
    where.push(`(${scope.sql})`);
    params.push(...scope.params);

    let order: string;
    switch (sort) {
      case 'created_desc':
        if (after) where.push(`c.seq < ${p(after.seq)}`);
        order = 'c.seq DESC';
        break;
      case 'name_asc':
        if (after)
          where.push(
            `(c.name COLLATE customers_name, c.seq) > (${p(after.key)}::text, ${p(after.seq)}::bigint)`,
          );
        order = 'c.name COLLATE customers_name, c.seq';
        break;
      case 'purchase_quantity_desc':
        if (after)
          where.push(`(c.purchase_quantity, c.seq) < (${p(after.key)}::numeric, ${p(after.seq)}::bigint)`);
        order = 'c.purchase_quantity DESC, c.seq DESC';
        break;
    }
    const { rows } = await this.pool.query<CustomerRow>(
      `SELECT ${columns('c')} FROM customers c WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${p(limit)}`,
      params,
    );
    const customers = await this.hydrate(this.pool, rows);
    return customers.map((customer, i) => ({
      customer,
      cursor: {
        seq: rows[i]!.seq,
        key:
          sort === 'name_asc'
            ? customer.name
            : sort === 'purchase_quantity_desc'
              ? customer.purchaseQuantity
              : '',
      },
    }));
  }

  /** The recycle bin in the principal's scope, most recently deleted first. */
  async listDeleted(
    principal: Principal,
    filter: { branchId?: string },
    after: ListCursor | undefined,
    limit: number,
  ): Promise<{ customer: Customer; cursor: ListCursor }[]> {
    const params: unknown[] = [];
    const where: string[] = ['c.deleted_at IS NOT NULL'];
    if (filter.branchId) {
      params.push(filter.branchId);
      where.push(`c.branch_id = $${params.length}`);
    }
    if (after) {
      params.push(after.key, after.seq);
      where.push(`(c.deleted_at, c.seq) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    const scope = scopeCondition(
      principal,
      { branch: 'c.branch_id', owner: 'c.owner_id', department: 'c.department_id' },
      params.length + 1,
    );
    where.push(`(${scope.sql})`);
    params.push(...scope.params, limit);
    const { rows } = await this.pool.query<CustomerRow & { deleted_key: string }>(
      `SELECT ${columns('c')}, to_char(c.deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS deleted_key
       FROM customers c WHERE ${where.join(' AND ')} ORDER BY c.deleted_at DESC, c.seq DESC LIMIT $${params.length}`,
      params,
    );
    const customers = await this.hydrate(this.pool, rows);
    return customers.map((customer, i) => ({
      customer,
      cursor: { seq: rows[i]!.seq, key: rows[i]!.deleted_key },
    }));
  }

  /**
   * Live records (any owner, any branch, the pool; pending review too) whose normalised name or any
   * phone (of the record or its contacts) matches: the duplicate check ignores data scope on purpose.
   */
  async findDuplicates(
    keys: DuplicateKeys,
    excludeIds: string[] = [],
    db: Queryable = this.pool,
  ): Promise<DuplicateCandidate[]> {
    if (!keys.nameNormalized && keys.phones.length === 0) return [];
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
      `WITH matched AS (
         SELECT id FROM customers WHERE $1::text IS NOT NULL AND name_normalized = $1
         UNION SELECT id FROM customers WHERE phones && $2::text[]
         UNION SELECT customer_id FROM customer_contacts WHERE phones && $2::text[]
       )
       SELECT c.id, c.name, c.name_normalized, c.owner_id, c.branch_id, c.department_id, c.status,
              c.phones || coalesce((SELECT array_agg(p ORDER BY k.position) FROM customer_contacts k, unnest(k.phones) p
                                    WHERE k.customer_id = c.id), '{}') AS phones
       FROM customers c JOIN matched m ON m.id = c.id
       WHERE c.deleted_at IS NULL AND c.status <> 'rejected' AND NOT (c.id = ANY($3::uuid[]))
       ORDER BY c.seq
       LIMIT 20`,
      [keys.nameNormalized, keys.phones, excludeIds],
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
   * Serialises writers entering the same name or phone, so two concurrent entries of one customer
   * cannot both pass the duplicate check. Locks are taken in a fixed order (no deadlock).
   */
  private async lockDuplicateKeys(tx: PoolClient, keys: DuplicateKeys): Promise<void> {
    const names = [
      ...(keys.nameNormalized ? [`customer-name:${keys.nameNormalized}`] : []),
      ...keys.phones.map((p) => `customer-phone:${p}`),
    ].sort();
    if (names.length === 0) return;
    await tx.query(
      'SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k ORDER BY k',
      [names],
    );
  }

  /** Live, not rejected records with an active card of that UID (at most one). */
  async findByActiveCard(uid: string): Promise<Customer[]> {
    const { rows } = await this.pool.query<CustomerRow>(
      `SELECT ${columns('c')} FROM customers c JOIN customer_cards d ON d.customer_id = c.id
       WHERE d.uid = $1 AND d.status = 'active' AND c.deleted_at IS NULL AND c.status <> 'rejected'`,
      [uid],
    );
    return this.hydrate(this.pool, rows);
  }

  /** Live, not rejected records with that phone, on the record or on one of its contacts. */
  async findByPhone(e164: string): Promise<Customer[]> {
    const { rows } = await this.pool.query<CustomerRow>(
      `SELECT ${columns('c')} FROM customers c
       WHERE c.id IN (SELECT id FROM customers WHERE phones @> ARRAY[$1]::text[]
                      UNION SELECT customer_id FROM customer_contacts WHERE phones @> ARRAY[$1]::text[])
         AND c.deleted_at IS NULL AND c.status <> 'rejected'
       ORDER BY c.seq
       LIMIT 50`,
      [e164],
    );
    return this.hydrate(this.pool, rows);
  }

  // ── writes ───────────────────────────────────────────────────────────────────────────────────

  /**
   * Inserts a new record in one transaction with its events: takes the duplicate-check locks, finds
   * the duplicates, lets `decide` settle the record (it may refuse by throwing), writes it.
   */
  async create<R>(
    draft: Customer,
    keys: DuplicateKeys,
    decide: (candidates: DuplicateCandidate[]) => { customer: Customer; result: R },
    actor: Principal,
  ): Promise<{ customer: Customer; result: R }> {
    const outcome = await withTransaction(this.pool, async (tx) => {
      await this.lockDuplicateKeys(tx, keys);
      const candidates = await this.findDuplicates(keys, [draft.id], tx);
      const decided = decide(candidates);
      await this.insertRow(tx, decided.customer);
      await this.saveChildren(tx, decided.customer);
      await appendToOutbox(tx, customerCreatedEvents(decided.customer, actor));
      return decided;
    });
    await this.lookups.invalidate(lookupKeysOf(outcome.customer));
    return outcome;
  }

  /**
   * Changes one record: locks it, lets `mutate` decide its next state (or throw), checks the
   * version it was based on, stores it with its events; then invalidates the lookups of both states.
   */
  async mutate(
    id: string,
    actor: Principal,
    mutate: (current: Customer, ctx: MutationContext) => Promise<CustomerMutation>,
  ): Promise<{ before: Customer; after: Customer }> {
    const outcome = await withTransaction(this.pool, async (tx) => {
      const before = await this.lockById(tx, id);
      if (!before) throw notFound('customer', id);
      const ctx: MutationContext = {
        findDuplicates: async (keys, excludeIds) => {
          await this.lockDuplicateKeys(tx, keys);
          return this.findDuplicates(keys, excludeIds, tx);
        },
      };
      const { next, change } = await mutate(before, ctx);
      if (!change) return { before, after: before };
      await this.updateRow(tx, next, before.version);
      await this.saveChildren(tx, next);
      await appendToOutbox(tx, customerChangeEvents(change, before, next, actor));
      return { before, after: next };
    });
    await this.lookups.invalidate([...lookupKeysOf(outcome.before), ...lookupKeysOf(outcome.after)]);
    return outcome;
  }

  /**
   * Merges `sourceId` into `targetId` in one transaction: both rows locked (in id order), `merge`
   * decides both next states, contacts and cards follow the target's state, timeline rows (when that
   * table exists) move to the target.
   */
  async merge(
    targetId: string,
    sourceId: string,
    actor: Principal,
    merge: (
      target: Customer,
      source: Customer,
    ) => { target: Customer; source: Customer; movedContactIds: string[]; movedCardIds: string[] },
  ): Promise<{
    targetBefore: Customer;
    targetAfter: Customer;
    sourceBefore: Customer;
    sourceAfter: Customer;
  }> {
    const outcome = await withTransaction(this.pool, async (tx) => {
      const locked = new Map<string, Customer>();
      for (const id of [targetId, sourceId].sort()) {
        const c = await this.lockById(tx, id);
        if (!c) throw notFound('customer', id);
        locked.set(id, c);
      }
      const targetBefore = locked.get(targetId)!;
      const sourceBefore = locked.get(sourceId)!;
      const result = merge(targetBefore, sourceBefore);
      // Target first: its upserts move the source's contacts and cards over before the source's
      // save removes what the source no longer has.
      await this.updateRow(tx, result.target, targetBefore.version);
      await this.saveChildren(tx, result.target);
      await this.updateRow(tx, result.source, sourceBefore.version);
      await this.saveChildren(tx, result.source);
      const { rows } = await tx.query<{ present: boolean }>(
        "SELECT to_regclass('customer_timeline') IS NOT NULL AS present",
      );
      if (rows[0]?.present)
        await tx.query('UPDATE customer_timeline SET customer_id = $1 WHERE customer_id = $2', [
          targetId,
          sourceId,
        ]);
      const merged = { targetBefore, targetAfter: result.target, sourceBefore, sourceAfter: result.source };
      await appendToOutbox(
        tx,
        customerMergedEvents(
          { ...merged, movedContactIds: result.movedContactIds, movedCardIds: result.movedCardIds },
          actor,
        ),
      );
      return merged;
    });
    await this.lookups.invalidate([
      ...lookupKeysOf(outcome.targetBefore),
      ...lookupKeysOf(outcome.targetAfter),
      ...lookupKeysOf(outcome.sourceBefore),
      ...lookupKeysOf(outcome.sourceAfter),
    ]);
    return outcome;
  }

  /** Removes a record for good with its contacts and cards (cascade); `check` may refuse. */
  async purge(id: string, actor: Principal, check: (current: Customer) => void): Promise<Customer> {
    const purged = await withTransaction(this.pool, async (tx) => {
      const current = await this.lockById(tx, id);
      if (!current) throw notFound('customer', id);
      check(current);
      // Records merged into this one keep their history; merged_into is cleared by its foreign key.
      await tx.query('DELETE FROM customers WHERE id = $1', [id]);
      await appendToOutbox(tx, customerPurgedEvents(current, actor));
      return current;
    });
    await this.lookups.invalidate(lookupKeysOf(purged));
    return purged;
  }

  private async insertRow(tx: PoolClient, c: Customer): Promise<void> {
    await tx.query(
      `INSERT INTO customers (id, branch_id, department_id, owner_id, kind, name, name_normalized, phones, email,
         province, city, district, address_detail, source, tags, notes, custom_fields, level, grade_class,
         status, version, created_by, updated_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
         $22, $23, $24, $25)`,
      [
        c.id,
        c.branchId,
        c.departmentId,
        c.ownerId,
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
        c.status,
        c.version,
        c.createdBy,
        c.updatedBy,
        c.createdAt,
        c.updatedAt,
      ],
    );
  }

  /** Writes the next state; CONFLICT if someone else changed the row since `basedOn`. */
  private async updateRow(tx: PoolClient, c: Customer, basedOn: number): Promise<void> {
    const result = await tx.query(
      `UPDATE customers SET branch_id = $2, department_id = $3, owner_id = $4, kind = $5, name = $6,
         name_normalized = $7, phones = $8, email = $9, province = $10, city = $11, district = $12,
         address_detail = $13, source = $14, tags = $15, notes = $16, custom_fields = $17, level = $18,
         grade_class = $19, status = $20, review_note = $21, reviewed_by = $22, reviewed_at = $23,
         version = $24, updated_by = $25, updated_at = $26, deleted_at = $27, deleted_by = $28,
         merged_into = $29
       WHERE id = $1 AND version = $30`,
      [
        c.id,
        c.branchId,
        c.departmentId,
        c.ownerId,
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
        c.status,
        c.reviewNote,
        c.reviewedBy,
        c.reviewedAt,
        c.version,
        c.updatedBy,
        c.updatedAt,
        c.deletedAt,
        c.deletedBy,
        c.mergedInto,
        basedOn,
      ],
    );
    if (result.rowCount !== 1) throw conflict(`customer ${c.id} was changed by someone else; reload it`);
  }

  /** Makes the contacts and cards rows match the record: upsert what it has, delete contacts it lost. */
  private async saveChildren(tx: PoolClient, c: Customer): Promise<void> {
    await tx.query('DELETE FROM customer_contacts WHERE customer_id = $1 AND NOT (id = ANY($2::uuid[]))', [
      c.id,
      c.contacts.map((k) => k.id),
    ]);
    if (c.contacts.length > 0) {
      await tx.query(
        `INSERT INTO customer_contacts (id, customer_id, branch_id, position, name, title, phones, email, birthday,
           created_at, updated_at)
         SELECT k.id, $1, $2, k.position, k.name, k.title, k.phones, k.email, k.birthday, $3, $3
         FROM jsonb_to_recordset($4::jsonb)
              AS k(id uuid, position smallint, name text, title text, phones text[], email text, birthday date)
         ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, branch_id = EXCLUDED.branch_id,
           position = EXCLUDED.position, name = EXCLUDED.name, title = EXCLUDED.title, phones = EXCLUDED.phones,
           email = EXCLUDED.email, birthday = EXCLUDED.birthday, updated_at = EXCLUDED.updated_at
         WHERE (customer_contacts.customer_id, customer_contacts.position, customer_contacts.name,
                customer_contacts.title, customer_contacts.phones, customer_contacts.email, customer_contacts.birthday)
               IS DISTINCT FROM (EXCLUDED.customer_id, EXCLUDED.position, EXCLUDED.name, EXCLUDED.title,
                EXCLUDED.phones, EXCLUDED.email, EXCLUDED.birthday)`,
        [
          c.id,
          c.branchId,
          c.updatedAt,
          JSON.stringify(c.contacts.map((k, position) => ({ ...k, position }))),
        ],
      );
    }
    if (c.cards.length > 0) {
      try {
        // Revocations first, so a replacement may reuse nothing but never collides with itself.
        const ordered = [...c.cards].sort(
          (a, b) => Number(a.status === 'active') - Number(b.status === 'active'),
        );
        await tx.query(
          `INSERT INTO customer_cards (id, customer_id, branch_id, uid, status, issued_at, issued_by, revoked_at,
             revoked_by, revoke_reason, replaced_by)
           SELECT d.id, $1, $2, d.uid, d.status, d."issuedAt", d."issuedBy", d."revokedAt", d."revokedBy",
                  d."revokeReason", d."replacedBy"
           FROM jsonb_to_recordset($3::jsonb) AS d(id uuid, uid text, status text, "issuedAt" timestamptz,
                "issuedBy" text, "revokedAt" timestamptz, "revokedBy" text, "revokeReason" text, "replacedBy" uuid,
                ord integer)
           ORDER BY d.ord
           ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, branch_id = EXCLUDED.branch_id,
             status = EXCLUDED.status, revoked_at = EXCLUDED.revoked_at, revoked_by = EXCLUDED.revoked_by,
             revoke_reason = EXCLUDED.revoke_reason, replaced_by = EXCLUDED.replaced_by
           WHERE (customer_cards.customer_id, customer_cards.branch_id, customer_cards.status, customer_cards.replaced_by)
                 IS DISTINCT FROM (EXCLUDED.customer_id, EXCLUDED.branch_id, EXCLUDED.status, EXCLUDED.replaced_by)`,
          [c.id, c.branchId, JSON.stringify(ordered.map((card, ord) => ({ ...card, ord })))],
        );
      } catch (err) {
        if (isUniqueViolation(err, 'customer_cards_active_uid_idx'))
          throw alreadyExists('that card UID is already active on another customer');
        throw err;
      }
    }
  }
}
