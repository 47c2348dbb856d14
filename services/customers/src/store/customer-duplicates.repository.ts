import type { PoolClient } from 'pg';
import type { Queryable } from '@crm/db';
import type { CustomerStatus } from '../domain/customer';
import type { DuplicateCandidate, DuplicateKeys } from '../domain/duplicates';

/**
 * Live records (any owner, any branch, the pool; pending review too) whose normalised name or any
 * phone (of the record or its contacts) matches: the duplicate check ignores data scope on purpose.
 */
export async function findDuplicates(
  db: Queryable,
  keys: DuplicateKeys,
  excludeIds: string[] = [],
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
 * The lock an Excel import holds (exclusively) while it writes: it checks and writes too many names
 * and phones to lock each (PostgreSQL's lock table holds some thousands), so every other entry waits
 * for the import instead, holding it shared alongside its own keys' locks.
 */
export const ENTRY_LOCK = 'customer-entry';

/**
 * The shared entry lock, waiting for an import that holds it. Taken first in a transaction, before
 * any row lock: an import (upsert) may be waiting for a row this transaction locked, and PostgreSQL
 * cannot see that cycle (the import waits in Node, between its lock's connection and its writer's).
 */
export async function waitForEntryLock(tx: PoolClient): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [ENTRY_LOCK]);
}

/** The shared entry lock if no import holds it; false (nothing taken) if one does. */
export async function tryEntryLock(tx: PoolClient): Promise<boolean> {
  const { rows } = await tx.query<{ locked: boolean }>(
    'SELECT pg_try_advisory_xact_lock_shared(hashtextextended($1, 0)) AS locked',
    [ENTRY_LOCK],
  );
  return rows[0]?.locked === true;
}

/**
 * Serialises writers entering the same name or phone, so two concurrent entries of one customer
 * cannot both pass the duplicate check. Locks are taken in a fixed order (no deadlock). The caller
 * holds the shared entry lock (ENTRY_LOCK) already: waitForEntryLock or tryEntryLock.
 */
export async function lockDuplicateKeys(tx: PoolClient, keys: DuplicateKeys): Promise<void> {
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

/** The duplicates of `keys` in this transaction, after taking their locks (entry lock held). */
export async function lockAndFindDuplicates(
  tx: PoolClient,
  keys: DuplicateKeys,
  excludeIds: string[],
): Promise<DuplicateCandidate[]> {
  await lockDuplicateKeys(tx, keys);
  return findDuplicates(tx, keys, excludeIds);
}
