import type { Principal } from '@crm/auth';
import { actorOf, type Actor, type Change, type IdentityTransaction } from './ports';

type EntityType = Change['entityType'];
type EntityOf<K extends EntityType> = NonNullable<Extract<Change, { entityType: K }>['after']>;

/**
 * Audits a change and (unless `publish: false`, for audit-only security records) queues its event, in
 * the transaction of the write, so the row, the audit entry and the event commit together. The entity
 * and its branch are those of the record (after, else before) unless named: a branch is filed under
 * itself, a global role under the caller's branch, a change without snapshots names its record.
 */
export function recordChange<K extends EntityType>(
  tx: IdentityTransaction,
  by: Principal | Actor,
  change: {
    entityType: K;
    verb: string;
    before: EntityOf<K> | null;
    after: EntityOf<K> | null;
    entityId?: string;
    branchId?: string;
    publish?: boolean;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const { entityType, verb, before, after, details } = change;
  const subject = (after ?? before) as { id: string; branchId?: string } | null;
  const entityId = change.entityId ?? subject?.id;
  const branchId = change.branchId ?? subject?.branchId;
  if (entityId === undefined || branchId === undefined)
    throw new Error(`a ${entityType}.${verb} change must name its entity and branch`);
  return tx.record(
    {
      entityType,
      verb,
      entityId,
      branchId,
      before,
      after,
      publish: change.publish ?? true,
      ...(details ? { details } : {}),
    } as Change,
    'permissions' in by ? actorOf(by) : by,
  );
}

/** The naming part of a change kept without snapshots (a password, a lockout, a token reuse). */
export const withoutSnapshots = (record: { id: string; branchId: string }) => ({
  entityId: record.id,
  branchId: record.branchId,
  before: null,
  after: null,
});
