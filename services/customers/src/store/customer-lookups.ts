import type { Queryable } from '@crm/db';
import type { Customer } from '../domain/customer';
import type { LookupPort } from '../domain/lookup.use-case';
import type { CustomerRepository } from './customer.repository';
import { LookupCache } from './lookup-cache';

/** The columns of a cached record that change without invalidating the lookup cache (see stillCurrent). */
interface Stamp {
  id: string;
  updated_at: Date;
  last_follow_up_at: Date | null;
  last_activity_at: Date | null;
  churn_status: string;
  churn_changed_at: Date | null;
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Recognition by card and by phone: Redis first, PostgreSQL on a miss (then cached). A cached answer
 * is checked against PostgreSQL by primary key before it is used: the cache is not the truth, and an
 * entry naming a record that is gone (another database behind the same Redis prefix, a restored
 * backup, a purge whose invalidation was lost) would otherwise be written to the timeline and fail
 * its foreign key on every redelivery. The same cheap read catches follow-ups and churn changes,
 * which move the record's follow-up and churn fields (shown in the screen pop) without invalidating.
 */
export class CustomerLookups implements LookupPort {
  constructor(
    private readonly repository: CustomerRepository,
    private readonly cache: LookupCache,
    private readonly db: Queryable,
  ) {}

  /** The same lookups, checking cached answers through `db` (e.g. the caller's transaction, so a
   * recognition does not take a second pool connection). */
  within(db: Queryable): CustomerLookups {
    return new CustomerLookups(this.repository, this.cache, db);
  }

  byCard(uid: string): Promise<Customer[]> {
    return this.cache.resolve(
      LookupCache.cardKey(uid),
      () => this.repository.findByActiveCard(uid),
      (cached) => this.stillCurrent(cached),
    );
  }

  byPhone(e164: string): Promise<Customer[]> {
    return this.cache.resolve(
      LookupCache.phoneKey(e164),
      () => this.repository.findByPhone(e164),
      (cached) => this.stillCurrent(cached),
    );
  }

  /** True when every cached record still exists, live, with the fields that bypass invalidation unchanged. */
  private async stillCurrent(cached: Customer[]): Promise<boolean> {
    if (cached.length === 0) return true; // a negative answer lives only negativeTtlSeconds
    const { rows } = await this.db.query<Stamp>(
      `SELECT id, updated_at, last_follow_up_at, coalesce(last_activity_at, created_at) AS last_activity_at,
         churn_status, churn_changed_at
       FROM customers WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [cached.map((c) => c.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return cached.every((c) => {
      const r = byId.get(c.id);
      return (
        r !== undefined &&
        sameTime(r.updated_at, c.updatedAt) &&
        sameTime(r.last_follow_up_at, c.lastFollowUpAt) &&
        sameTime(r.last_activity_at, c.churn.lastActivityAt) &&
        r.churn_status === c.churn.status &&
        sameTime(r.churn_changed_at, c.churn.changedAt)
      );
    });
  }
}
