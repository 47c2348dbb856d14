import { canSee, hasPermission, requirePermission, type Principal } from '@crm/auth';
import { failedPrecondition, invalidArgument, notFound, permissionDenied } from '@crm/errors';
import { customerPermissions, type Customer } from './customer';
import {
  requireLive,
  requireVisible,
  touched,
  type CustomerMutation,
  type CustomerMutationPort,
} from './customer-change';
import type { CustomerSettings, PoolSettings } from './customer-settings';
import { requireUuid } from './get-customer.use-case';
import {
  decodeCursor,
  pageOf,
  pageSizeOf,
  queryFingerprint,
  type CustomerPage,
  type ListCursor,
} from './list-customers.use-case';
import { hasNoControlCharacters, isUuid } from './text-rules';
import { poolView } from './pool-masking';

const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_TRANSFER = 100;

/** What ownership changes may ask inside their transaction. */
export interface OwnershipContext {
  /** Live customers `ownerId` owns in `branchId`, counted under a lock that queues that user's claims. */
  countOwned(ownerId: string, branchId: string): Promise<number>;
}

/** Storage of ownership changes: several records, all or none, with their events. */
export interface OwnershipPort extends CustomerMutationPort {
  mutateMany(
    ids: string[],
    actor: Principal,
    mutate: (current: Customer[], ctx: OwnershipContext) => Promise<CustomerMutation[]>,
  ): Promise<{ before: Customer; after: Customer }[]>;
  settings(branchId: string): Promise<CustomerSettings>;
}

export interface PoolListPort {
  listPool(
    branchId: string,
    after: ListCursor | undefined,
    limit: number,
  ): Promise<{ customer: Customer; cursor: ListCursor }[]>;
}

/** What the pool sweep reads and writes (a timer runs it; no caller). */
export interface PoolSweepPort extends OwnershipPort {
  branchesWithAutoReturn(): Promise<CustomerSettings[]>;
  /** Owned live customers of the branch whose return (or its reminder) is due at `now`. */
  idleCandidates(
    settings: CustomerSettings,
    now: Date,
  ): Promise<{ customer: Customer; remindedFor: Date | null }[]>;
  /** Publishes the reminder for `dueAt` once (false when it was already published for that time). */
  remind(customerId: string, dueAt: Date, actor: Principal): Promise<boolean>;
}

/** Who the pool rules act as in events and the audit log. */
export const poolSystemActor = (branchId: string): Principal => ({
  kind: 'system',
  userId: 'customers.pool',
  roles: [],
  permissions: [],
  branchId,
  dataScope: 'all',
});

/** A customer in the public pool of the caller's branch (every scope sees its own branch's pool). */
export const inCallersPool = (caller: Principal, c: Customer): boolean =>
  c.ownerId === null && (caller.dataScope === 'all' || c.branchId === caller.branchId);

/** When an owned customer returns to the pool without a follow-up, or undefined when it never does. */
export function idleDueAt(c: Customer, pool: PoolSettings): Date | undefined {
  const days = pool.autoReturnDays[c.level];
  if (!days || !c.ownerId || c.deletedAt || c.status !== 'active') return undefined;
  const since = Math.max(
    (c.lastFollowUpAt ?? c.createdAt).getTime(),
    (c.ownedSince ?? c.createdAt).getTime(),
  );
  return new Date(since + days * DAY_MS);
}

function userIdOf(value: string, field: string): string {
  const v = value.trim();
  if (!v || v.length > 64 || !hasNoControlCharacters(v))
    throw invalidArgument(`${field} is invalid`, [
      { field, message: '1 to 64 characters, no control characters' },
    ]);
  return v;
}

/**
 * A supervisor (customers.transfer) moves customers from one owner to another, all or none: every
 * customer must be in the caller's data scope, live, and owned by `fromOwnerId`.
 */
export async function transferCustomers(
  port: OwnershipPort,
  principal: Principal | undefined,
  input: { customerIds: string[]; fromOwnerId: string; toOwnerId: string },
  now: Date = new Date(),
): Promise<Customer[]> {
  const caller = requirePermission(principal, customerPermissions.transfer);
  const ids = input.customerIds;
  if (ids.length === 0 || ids.length > MAX_TRANSFER || new Set(ids).size !== ids.length || !ids.every(isUuid))
    throw invalidArgument('customerIds is invalid', [
      { field: 'customerIds', message: `1 to ${MAX_TRANSFER} different customer UUIDs` },
    ]);
  const from = userIdOf(input.fromOwnerId, 'fromOwnerId');
  const to = userIdOf(input.toOwnerId, 'toOwnerId');
  if (from === to)
    throw invalidArgument('toOwnerId is invalid', [
      { field: 'toOwnerId', message: 'must differ from fromOwnerId' },
    ]);
  const changed = await port.mutateMany(ids, caller, async (currents) =>
    currents.map((current, i) => {
      requireVisible(caller, current, ids[i]!);
      requireLive(current);
      if (current.ownerId !== from)
        throw failedPrecondition(`customer ${current.id} is not owned by ${from}; reload and try again`);
      return {
        next: touched({ ...current, ownerId: to, ownedSince: now }, caller, now),
        change: { kind: 'transferred', fromOwnerId: from, toOwnerId: to },
      };
    }),
  );
  return changed.map((c) => c.after);
}

/** The owner, or a supervisor (customers.transfer), sends a customer to the public pool (公海). */
export async function releaseToPool(
  port: OwnershipPort,
  principal: Principal | undefined,
  id: string,
  now: Date = new Date(),
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.update);
  requireUuid(id);
  const { after } = await port.mutate(id, caller, async (current) => {
    requireVisible(caller, current, id);
    requireLive(current);
    if (!current.ownerId) throw failedPrecondition(`customer ${id} is already in the pool`);
    if (current.ownerId !== caller.userId && !hasPermission(caller, customerPermissions.transfer))
      throw permissionDenied('only the owner or a supervisor sends a customer to the pool');
    return {
      next: touched(released(current, now), caller, now),
      change: { kind: 'released', previousOwnerId: current.ownerId, automatic: false },
    };
  });
  return after;
}

const released = (c: Customer, now: Date): Customer => ({
  ...c,
  ownerId: null,
  ownedSince: null,
  releasedAt: now,
  previousOwnerId: c.ownerId,
});

/**
 * Claims a customer from the pool of the caller's branch (customers.claim), within the branch's rules:
 * the previous owner waits the reclaim block, nobody owns more than the cap.
 */
export async function claimFromPool(
  port: OwnershipPort,
  principal: Principal | undefined,
  id: string,
  now: Date = new Date(),
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.claim);
  requireUuid(id);
  const found = await port.findById(id);
  if (!found || !(inCallersPool(caller, found) || canSee(caller, found))) throw notFound('customer', id);
  const { pool } = await port.settings(found.branchId);
  const [claimed] = await port.mutateMany([id], caller, async ([current], ctx) => {
    if (!current) throw notFound('customer', id);
    requireLive(current);
    if (current.ownerId !== null) throw failedPrecondition(`customer ${id} is not in the pool`);
    if (!inCallersPool(caller, current)) throw notFound('customer', id);
    if (current.status !== 'active')
      throw failedPrecondition(`customer ${id} is ${current.status}; it cannot be claimed`);
    if (pool.reclaimBlockDays > 0 && current.previousOwnerId === caller.userId && current.releasedAt) {
      const until = new Date(current.releasedAt.getTime() + pool.reclaimBlockDays * DAY_MS);
      if (now < until)
        throw failedPrecondition(
          `you released this customer; you may claim it again from ${until.toISOString()}`,
        );
    }
    if (pool.maxOwned > 0) {
      const owned = await ctx.countOwned(caller.userId, current.branchId);
      if (owned >= pool.maxOwned)
        throw failedPrecondition(
          `you already own ${owned} customers, the most branch ${current.branchId} allows`,
        );
    }
    return [
      {
        next: touched(
          {
            ...current,
            ownerId: caller.userId,
            ownedSince: now,
            departmentId: caller.departmentId ?? current.departmentId,
          },
          caller,
          now,
        ),
        change: { kind: 'claimed' },
      },
    ];
  });
  return claimed!.after;
}

/** The pool of a branch (the caller's unless scope all), newest first. */
export async function listPool(
  port: PoolListPort,
  principal: Principal | undefined,
  query: { branchId: string; pageSize: number; pageToken: string },
): Promise<CustomerPage> {
  const caller = requirePermission(principal, customerPermissions.read);
  const branch = query.branchId || caller.branchId;
  if (branch.length > 64)
    throw invalidArgument('branchId is invalid', [{ field: 'branchId', message: 'at most 64 characters' }]);
  if (caller.dataScope !== 'all' && branch !== caller.branchId)
    throw permissionDenied(`not allowed to see the pool of branch ${branch}`);
  const limit = pageSizeOf(query.pageSize);
  const fingerprint = queryFingerprint({ pool: branch });
  const after = query.pageToken ? decodeCursor(query.pageToken, fingerprint) : undefined;
  const page = pageOf(await port.listPool(branch, after, limit + 1), limit, fingerprint);
  return { ...page, customers: page.customers.map((c) => poolView(caller, c)) };
}

/**
 * The pool rules' sweep (a timer runs it; tests call it with a fixed clock): owned customers without
 * a follow-up for their grade's days return to the pool; `returnReminderDays` before that, the owner is
 * reminded once (crm.customers.customer.pool_return_due).
 */
export async function returnIdleCustomers(
  port: PoolSweepPort,
  now: Date,
): Promise<{ returned: string[]; reminded: string[] }> {
  const returned: string[] = [];
  const reminded: string[] = [];
  for (const settings of await port.branchesWithAutoReturn()) {
    for (const { customer, remindedFor } of await port.idleCandidates(settings, now)) {
      const due = idleDueAt(customer, settings.pool);
      if (!due) continue;
      const actor = poolSystemActor(customer.branchId);
      if (due <= now) {
        const [r] = await port.mutateMany([customer.id], actor, async ([current]) => {
          const stillDue = current && idleDueAt(current, settings.pool);
          if (!current?.ownerId || !stillDue || stillDue > now)
            return [{ next: current!, change: undefined }];
          return [
            {
              next: touched(released(current, now), actor, now),
              change: { kind: 'released', previousOwnerId: current.ownerId, automatic: true },
            },
          ];
        });
        if (r && r.after !== r.before) returned.push(customer.id);
      } else if (
        settings.pool.returnReminderDays > 0 &&
        due.getTime() - now.getTime() <= settings.pool.returnReminderDays * DAY_MS &&
        remindedFor?.getTime() !== due.getTime()
      ) {
        if (await port.remind(customer.id, due, actor)) reminded.push(customer.id);
      }
    }
  }
  return { returned, reminded };
}
