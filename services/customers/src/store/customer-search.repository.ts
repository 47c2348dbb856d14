import type { Pool } from 'pg';
import { scopeCondition, type Principal } from '@crm/auth';
import type { Customer } from '../domain/customer';
import type { CustomerFilter, CustomerSort, ListCursor } from '../domain/list-customers.use-case';
import { hydrate, selectHydrated } from './customer-records.repository';
import { CUSTOMER_SCOPE_COLUMNS, customerColumns, type CustomerRow } from './customer-row.mapper';

/** LIKE pattern for a substring, with the wildcards of the term itself escaped. */
const likeSubstring = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

/** Searching customers: the filtered list, the recycle bin, recognition by card and by phone. */
export class CustomerSearchRepository {
  constructor(private readonly pool: Pool) {}

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
    if (filter.q) {
      const like = `c.name ILIKE ${p(likeSubstring(filter.q))}`;
      // The bigram index (migrations 0009, 0010) narrows terms of two characters and more; ILIKE
      // checks the order. A single character has no bigram: the newest records are read until
      // enough match, which a character common enough to be searched alone soon gives.
      where.push(
        [...filter.q].length >= 2
          ? `customers_name_bigrams(c.name) @> customers_name_bigrams(${p(filter.q)}) AND ${like}`
          : like,
      );
    }
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
    const scope = scopeCondition(principal, CUSTOMER_SCOPE_COLUMNS, params.length + 1);
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
      `SELECT ${customerColumns('c')} FROM customers c WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${p(limit)}`,
      params,
    );
    const customers = await hydrate(this.pool, rows);
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
    const scope = scopeCondition(principal, CUSTOMER_SCOPE_COLUMNS, params.length + 1);
    where.push(`(${scope.sql})`);
    params.push(...scope.params, limit);
    const { rows } = await this.pool.query<CustomerRow & { deleted_key: string }>(
      `SELECT ${customerColumns('c')}, to_char(c.deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS deleted_key
       FROM customers c WHERE ${where.join(' AND ')} ORDER BY c.deleted_at DESC, c.seq DESC LIMIT $${params.length}`,
      params,
    );
    const customers = await hydrate(this.pool, rows);
    return customers.map((customer, i) => ({
      customer,
      cursor: { seq: rows[i]!.seq, key: rows[i]!.deleted_key },
    }));
  }

  /** Live, not rejected records with an active card of that UID (at most one). */
  async findByActiveCard(uid: string): Promise<Customer[]> {
    return selectHydrated(
      this.pool,
      `c.id IN (SELECT customer_id FROM customer_cards WHERE uid = $1 AND status = 'active')
       AND c.deleted_at IS NULL AND c.status <> 'rejected'`,
      [uid],
    );
  }

  /** Live, not rejected records with that phone, on the record or on one of its contacts. */
  async findByPhone(e164: string): Promise<Customer[]> {
    return selectHydrated(
      this.pool,
      `c.id IN (SELECT id FROM customers WHERE phones @> ARRAY[$1]::text[]
                UNION SELECT customer_id FROM customer_contacts WHERE phones @> ARRAY[$1]::text[])
       AND c.deleted_at IS NULL AND c.status <> 'rejected'`,
      [e164],
      'ORDER BY c.seq LIMIT 50',
    );
  }
}
