import type { Pool, PoolClient } from 'pg';
import type { Principal } from '@crm/auth';
import { appendToOutbox } from '@crm/bus';
import { withTransaction } from '@crm/db';
import { conflict, notFound } from '@crm/errors';
import type { Customer } from '../domain/customer';
import type { CustomerMutation, MutationContext } from '../domain/customer-change';
import type { OwnershipContext } from '../domain/pool.use-case';
import type { DuplicateCandidate, DuplicateKeys } from '../domain/duplicates';
import {
  customerChangeEvents,
  customerCreatedEvents,
  customerMergedEvents,
  customerPurgedEvents,
} from '../wire/customer-events';
import { saveCards } from './customer-cards.repository';
import { saveContacts } from './customer-contacts.repository';
import { moveCareNotices } from './customer-care.repository';
import { moveDocuments } from './customer-documents.repository';
import {
  findDuplicates,
  lockAndFindDuplicates,
  lockDuplicateKeys,
  tryEntryLock,
  waitForEntryLock,
} from './customer-duplicates.repository';
import { selectCustomer } from './customer-records.repository';
import { profileValues } from './customer-row.mapper';
import { lookupKeysOf, type LookupCache } from './lookup-cache';

/**
 * Writes of customer records: each in one transaction with its events (outbox), the recognition
 * cache invalidated after the commit.
 */
export class CustomerWriteRepository {
  constructor(
    private readonly pool: Pool,
    private readonly lookups: LookupCache,
  ) {}

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
      await waitForEntryLock(tx);
      await lockDuplicateKeys(tx, keys);
      const candidates = await findDuplicates(tx, keys, [draft.id]);
      const decided = decide(candidates);
      await insertRow(tx, decided.customer);
      await saveChildren(tx, decided.customer);
      await appendToOutbox(tx, customerCreatedEvents(decided.customer, actor));
      return decided;
    });
    await this.lookups.invalidate(lookupKeysOf(outcome.customer));
    return outcome;
  }

  /**
   * Changes one record: locks it, lets `mutate` decide its next state (or throw), checks the
   * version it was based on, stores it with its events; then invalidates the lookups of both states.
   *
   * A change that checks duplicates needs the entry lock, which an import holds while it writes. It
   * must not wait for it while holding the record's row lock: an upsert import may be waiting for
   * that row. So it only tries the lock then; if an import holds it, the transaction ends without
   * writing and runs again with the entry lock awaited first, before the row is locked. Changes that check
   * no duplicates (most) never wait for an import.
   */
  async mutate(
    id: string,
    actor: Principal,
    mutate: (current: Customer, ctx: MutationContext) => Promise<CustomerMutation>,
  ): Promise<{ before: Customer; after: Customer }> {
    const outcome =
      (await this.mutateOnce(id, actor, mutate, 'try')) ??
      (await this.mutateOnce(id, actor, mutate, 'wait-first'));
    if (!outcome) throw new Error('a change waited for the entry lock, yet was told to wait');
    await this.lookups.invalidate([...lookupKeysOf(outcome.before), ...lookupKeysOf(outcome.after)]);
    return outcome;
  }

  private mutateOnce(
    id: string,
    actor: Principal,
    mutate: (current: Customer, ctx: MutationContext) => Promise<CustomerMutation>,
    entryLock: 'try' | 'wait-first',
  ): Promise<{ before: Customer; after: Customer } | undefined> {
    return withTransaction(this.pool, async (tx) => {
      if (entryLock === 'wait-first') await waitForEntryLock(tx);
      const before = await selectCustomer(tx, id, { forUpdate: true });
      if (!before) throw notFound('customer', id);
      let importUnderWay = false;
      const ctx: MutationContext = {
        async findDuplicates(keys, excludeIds) {
          if (entryLock === 'try' && !(await tryEntryLock(tx))) {
            importUnderWay = true;
            throw new Error('an import holds the entry lock'); // ends the mutation; see below
          }
          return lockAndFindDuplicates(tx, keys, excludeIds);
        },
      };
      const mutation = await mutate(before, ctx).catch((err: unknown) => {
        if (importUnderWay) return undefined;
        throw err;
      });
      // An import under way (undefined): nothing written yet, and the caller runs it again, waiting first.
      if (importUnderWay || !mutation) return undefined;
      const { next, change } = mutation;
      if (!change) return { before, after: before };
      await updateRow(tx, next, before.version);
      await saveChildren(tx, next);
      await appendToOutbox(tx, customerChangeEvents(change, before, next, actor));
      return { before, after: next };
    });
  }

  /**
   * Changes several records in one transaction, all or none (ownership moves, the pool): locks them
   * in id order, lets `mutate` decide each next state (in the order of `ids`), writes those that
   * changed with their events; then invalidates the lookups.
   */
  async mutateMany(
    ids: string[],
    actor: Principal,
    mutate: (current: Customer[], ctx: OwnershipContext) => Promise<CustomerMutation[]>,
  ): Promise<{ before: Customer; after: Customer }[]> {
    const outcome = await withTransaction(this.pool, async (tx) => {
      const locked = new Map<string, Customer>();
      for (const id of [...ids].sort()) {
        const c = await selectCustomer(tx, id, { forUpdate: true });
        if (!c) throw notFound('customer', id);
        locked.set(id, c);
      }
      const befores = ids.map((id) => locked.get(id)!);
      const ctx: OwnershipContext = {
        async countOwned(ownerId, branchId) {
          // Claims of one user in one branch queue here, so two claims cannot both pass the cap.
          await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
            `customers-owned:${branchId}:${ownerId}`,
          ]);
          const { rows } = await tx.query<{ n: string }>(
            `SELECT count(*) AS n FROM customers
             WHERE branch_id = $1 AND owner_id = $2 AND deleted_at IS NULL`,
            [branchId, ownerId],
          );
          return Number(rows[0]?.n ?? 0);
        },
      };
      const mutations = await mutate(befores, ctx);
      const result: { before: Customer; after: Customer }[] = [];
      for (const [i, before] of befores.entries()) {
        const { next, change } = mutations[i]!;
        if (!change) {
          result.push({ before, after: before });
          continue;
        }
        await updateRow(tx, next, before.version);
        await appendToOutbox(tx, customerChangeEvents(change, before, next, actor));
        result.push({ before, after: next });
      }
      return result;
    });
    await this.lookups.invalidate(
      outcome.flatMap((o) => [...lookupKeysOf(o.before), ...lookupKeysOf(o.after)]),
    );
    return outcome;
  }

  /**
   * Merges `sourceId` into `targetId` in one transaction: both rows locked (in id order), `merge`
   * decides both next states, contacts and cards follow the target's state, timeline rows move to the
   * target.
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
        const c = await selectCustomer(tx, id, { forUpdate: true });
        if (!c) throw notFound('customer', id);
        locked.set(id, c);
      }
      const targetBefore = locked.get(targetId)!;
      const sourceBefore = locked.get(sourceId)!;
      const result = merge(targetBefore, sourceBefore);
      // Target first: its upserts move the source's contacts and cards over before the source's
      // save removes what the source no longer has.
      await updateRow(tx, result.target, targetBefore.version);
      await saveChildren(tx, result.target);
      await updateRow(tx, result.source, sourceBefore.version);
      await saveChildren(tx, result.source);
      await tx.query('UPDATE customer_timeline SET customer_id = $1 WHERE customer_id = $2', [
        targetId,
        sourceId,
      ]);
      // The target's last follow-up (and activity) is the later of the two now that it has both timelines.
      await tx.query(
        `UPDATE customers t SET last_follow_up_at = GREATEST(t.last_follow_up_at, s.last_follow_up_at),
           last_activity_at = GREATEST(t.last_activity_at, s.last_activity_at)
         FROM customers s WHERE t.id = $1 AND s.id = $2`,
        [targetId, sourceId],
      );
      // Documents move to the target; so do the care reminders already sent for the moved contacts.
      await moveDocuments(tx, targetId, sourceId);
      await moveCareNotices(tx, targetId, sourceId);
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
      const current = await selectCustomer(tx, id, { forUpdate: true });
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
}

async function insertRow(tx: PoolClient, c: Customer): Promise<void> {
  await tx.query(
    `INSERT INTO customers (id, branch_id, department_id, owner_id, kind, name, name_normalized, phones, email,
       province, city, district, address_detail, source, tags, notes, custom_fields, level, grade_class,
       status, version, created_by, updated_by, created_at, updated_at, owned_since, anniversaries)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
       $22, $23, $24, $25, $26, $27)`,
    [
      c.id,
      ...profileValues(c),
      c.version,
      c.createdBy,
      c.updatedBy,
      c.createdAt,
      c.updatedAt,
      c.ownedSince,
      JSON.stringify(c.anniversaries),
    ],
  );
}

/** Writes the next state; CONFLICT if someone else changed the row since `basedOn`. */
async function updateRow(tx: PoolClient, c: Customer, basedOn: number): Promise<void> {
  const result = await tx.query(
    `UPDATE customers SET branch_id = $2, department_id = $3, owner_id = $4, kind = $5, name = $6,
       name_normalized = $7, phones = $8, email = $9, province = $10, city = $11, district = $12,
       address_detail = $13, source = $14, tags = $15, notes = $16, custom_fields = $17, level = $18,
       grade_class = $19, status = $20, review_note = $21, reviewed_by = $22, reviewed_at = $23,
       version = $24, updated_by = $25, updated_at = $26, deleted_at = $27, deleted_by = $28,
       merged_into = $29, owned_since = $31, released_at = $32, previous_owner_id = $33, anniversaries = $34
     WHERE id = $1 AND version = $30`,
    [
      c.id,
      ...profileValues(c),
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
      c.ownedSince,
      c.releasedAt,
      c.previousOwnerId,
      JSON.stringify(c.anniversaries),
    ],
  );
  if (result.rowCount !== 1) throw conflict(`customer ${c.id} was changed by someone else; reload it`);
}

/** Makes the contacts and cards rows match the record. */
async function saveChildren(tx: PoolClient, c: Customer): Promise<void> {
  await saveContacts(tx, c);
  await saveCards(tx, c);
}
