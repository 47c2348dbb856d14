import type { Customer } from '../domain/customer';
import type { LookupPort } from '../domain/lookup.use-case';
import type { CustomerRepository } from './customer.repository';
import { LookupCache } from './lookup-cache';

/** Recognition by card and by phone: Redis first, PostgreSQL on a miss (then cached). */
export class CustomerLookups implements LookupPort {
  constructor(
    private readonly repository: CustomerRepository,
    private readonly cache: LookupCache,
  ) {}

  byCard(uid: string): Promise<Customer[]> {
    return this.cache.resolve(LookupCache.cardKey(uid), () => this.repository.findByActiveCard(uid));
  }

  byPhone(e164: string): Promise<Customer[]> {
    return this.cache.resolve(LookupCache.phoneKey(e164), () => this.repository.findByPhone(e164));
  }
}
