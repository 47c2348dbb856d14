import { canSee, type Principal } from '@crm/auth';
import { failedPrecondition, notFound } from '@crm/errors';
import type { Card, Customer } from './customer';
import type { DuplicateCandidate, DuplicateKeys } from './duplicates';

/**
 * What a write did, as the use case decided it; storage turns it into the events and the audit entry
 * published with the change (one transaction).
 */
export type CustomerChange =
  | {
      kind: 'updated';
      action: 'customer.updated' | 'customer.approved' | 'customer.rejected';
      changedFields: string[];
    }
  | { kind: 'deleted' }
  | { kind: 'restored' }
  | { kind: 'transferred'; fromOwnerId: string; toOwnerId: string }
  | { kind: 'released'; previousOwnerId: string; automatic: boolean }
  | { kind: 'claimed' }
  | { kind: 'card.issued'; card: Card }
  | { kind: 'card.revoked'; card: Card }
  | { kind: 'card.replaced'; oldCard: Card; newCard: Card };

/** The outcome of a mutation of one record: its new state and what happened. */
export interface CustomerMutation {
  next: Customer;
  /** undefined: nothing changed, nothing is written. */
  change: CustomerChange | undefined;
}

/** The camelCase names of the profile fields that differ between two states of a record. */
export function changedFields(before: Customer, after: Customer): string[] {
  const fields: (keyof Customer)[] = [
    'kind',
    'name',
    'phones',
    'email',
    'address',
    'contacts',
    'source',
    'tags',
    'notes',
    'customFields',
    'level',
    'customerClass',
    'status',
    'ownerId',
    'branchId',
    'anniversaries',
  ];
  return fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/** Operations a mutation may need inside its transaction. */
export interface MutationContext {
  /** Takes the duplicate-check locks of the keys, then finds the matches. */
  findDuplicates(keys: DuplicateKeys, excludeIds: string[]): Promise<DuplicateCandidate[]>;
}

/** Storage of single-record changes: lock, decide, version check, write with events, invalidate. */
export interface CustomerMutationPort {
  findById(id: string): Promise<Customer | undefined>;
  mutate(
    id: string,
    actor: Principal,
    mutate: (current: Customer, ctx: MutationContext) => Promise<CustomerMutation>,
  ): Promise<{ before: Customer; after: Customer }>;
}

/** A record the caller may not see does not exist for them (its existence does not leak). */
export function requireVisible(caller: Principal, customer: Customer | undefined, id: string): Customer {
  if (!customer || !canSee(caller, customer)) throw notFound('customer', id);
  return customer;
}

export function requireLive(customer: Customer): void {
  if (customer.deletedAt)
    throw failedPrecondition(`customer ${customer.id} is in the recycle bin; restore it first`);
}

/** The next state's bookkeeping: version, time and author. */
export function touched(c: Customer, caller: Principal, now: Date, bumpVersion = true): Customer {
  return { ...c, version: bumpVersion ? c.version + 1 : c.version, updatedAt: now, updatedBy: caller.userId };
}
