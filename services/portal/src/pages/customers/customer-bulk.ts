// Bulk actions of the customer list, split into the calls the API takes.
import type { Customer } from '../../api/types';

const CHUNK = 100; // the most one transfer call moves

/** The calls a transfer makes: one per current owner (the API moves from one owner), ≤ 100 each. */
export function transferBatches(customers: readonly Pick<Customer, 'id' | 'ownerId'>[], toOwnerId: string) {
  const byOwner = new Map<string, string[]>();
  for (const c of customers) {
    if (!c.ownerId || c.ownerId === toOwnerId) continue;
    byOwner.set(c.ownerId, [...(byOwner.get(c.ownerId) ?? []), c.id]);
  }
  return [...byOwner].flatMap(([fromOwnerId, ids]) =>
    Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) => ({
      fromOwnerId,
      toOwnerId,
      customerIds: ids.slice(i * CHUNK, (i + 1) * CHUNK),
    })),
  );
}

/** What a bulk release can send: customers with an owner (the pool ones are already there). */
export const releasable = <C extends Pick<Customer, 'ownerId'>>(customers: readonly C[]): C[] =>
  customers.filter((c) => c.ownerId !== null);
