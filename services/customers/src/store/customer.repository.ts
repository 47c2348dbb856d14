import path from 'node:path';
import type { Pool } from 'pg';
import type { Principal } from '@crm/auth';
import type { Queryable } from '@crm/db';
import type { Customer } from '../domain/customer';
import type { CustomerMutation, MutationContext } from '../domain/customer-change';
import type { DuplicateCandidate, DuplicateKeys } from '../domain/duplicates';
import type { ListCursor, ListCustomersPort } from '../domain/list-customers.use-case';
import { findDuplicates } from './customer-duplicates.repository';
import { selectCustomer } from './customer-records.repository';
import { CustomerSearchRepository } from './customer-search.repository';
import { CustomerWriteRepository } from './customer-writes.repository';
import type { LookupCache } from './lookup-cache';

export const customersMigrationsDir = path.join(__dirname, 'migrations');

type Listed = { customer: Customer; cursor: ListCursor }[];
type Merged = {
  targetBefore: Customer;
  targetAfter: Customer;
  sourceBefore: Customer;
  sourceAfter: Customer;
};

/**
 * Customers in PostgreSQL: the one repository the service wires, made of the search reads
 * (customer-search), the writes with their outbox events and cache invalidation (customer-writes),
 * the duplicate check (customer-duplicates) and the contacts and cards of a record.
 */
export class CustomerRepository {
  private readonly search: CustomerSearchRepository;
  private readonly writes: CustomerWriteRepository;

  constructor(
    private readonly pool: Pool,
    lookups: LookupCache,
  ) {
    this.search = new CustomerSearchRepository(pool);
    this.writes = new CustomerWriteRepository(pool, lookups);
  }

  // ── reads ────────────────────────────────────────────────────────────────────────────────────

  /** Any record with that id, in the recycle bin too. */
  findById(id: string, db: Queryable = this.pool): Promise<Customer | undefined> {
    return selectCustomer(db, id);
  }

  /** Declared by the port it serves (ListCustomersPort), so the signature is written once. */
  readonly listPage: ListCustomersPort['listPage'] = (...args) => this.search.listPage(...args);

  listDeleted(
    principal: Principal,
    filter: { branchId?: string },
    after: ListCursor | undefined,
    limit: number,
  ): Promise<Listed> {
    return this.search.listDeleted(principal, filter, after, limit);
  }

  findDuplicates(
    keys: DuplicateKeys,
    excludeIds: string[] = [],
    db: Queryable = this.pool,
  ): Promise<DuplicateCandidate[]> {
    return findDuplicates(db, keys, excludeIds);
  }

  findByActiveCard(uid: string): Promise<Customer[]> {
    return this.search.findByActiveCard(uid);
  }

  findByPhone(e164: string): Promise<Customer[]> {
    return this.search.findByPhone(e164);
  }

  // ── writes ───────────────────────────────────────────────────────────────────────────────────

  create<R>(
    draft: Customer,
    keys: DuplicateKeys,
    decide: (candidates: DuplicateCandidate[]) => { customer: Customer; result: R },
    actor: Principal,
  ): Promise<{ customer: Customer; result: R }> {
    return this.writes.create(draft, keys, decide, actor);
  }

  mutate(
    id: string,
    actor: Principal,
    mutate: (current: Customer, ctx: MutationContext) => Promise<CustomerMutation>,
  ): Promise<{ before: Customer; after: Customer }> {
    return this.writes.mutate(id, actor, mutate);
  }

  mutateMany(
    ids: string[],
    actor: Principal,
    mutate: Parameters<CustomerWriteRepository['mutateMany']>[2],
  ): Promise<{ before: Customer; after: Customer }[]> {
    return this.writes.mutateMany(ids, actor, mutate);
  }

  merge(
    targetId: string,
    sourceId: string,
    actor: Principal,
    merge: Parameters<CustomerWriteRepository['merge']>[3],
  ): Promise<Merged> {
    return this.writes.merge(targetId, sourceId, actor, merge);
  }

  purge(id: string, actor: Principal, check: (current: Customer) => void): Promise<Customer> {
    return this.writes.purge(id, actor, check);
  }
}
