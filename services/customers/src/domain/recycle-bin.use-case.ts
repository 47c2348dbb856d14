import { requirePermission, type Principal } from '@crm/auth';
import { failedPrecondition, invalidArgument } from '@crm/errors';
import { customerPermissions, type Customer } from './customer';
import { requireLive, requireVisible, touched, type CustomerMutationPort } from './customer-change';
import { requireUuid } from './get-customer.use-case';
import {
  decodeCursor,
  pageOf,
  pageSizeOf,
  queryFingerprint,
  type CustomerPage,
  type ListCursor,
} from './list-customers.use-case';
import { hasNoControlCharacters } from './text-rules';

/** Recycle bin (回收站, R-CUS-7): delete hides a record from lists and lookups; restore brings it back. */
export async function deleteCustomer(
  port: CustomerMutationPort,
  principal: Principal | undefined,
  id: string,
  now: Date = new Date(),
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.delete);
  requireUuid(id);
  const { after } = await port.mutate(id, caller, async (current) => {
    requireVisible(caller, current, id);
    requireLive(current);
    const next = touched({ ...current, deletedAt: now, deletedBy: caller.userId }, caller, now);
    return { next, change: { kind: 'deleted' } };
  });
  return after;
}

export async function restoreCustomer(
  port: CustomerMutationPort,
  principal: Principal | undefined,
  id: string,
  now: Date = new Date(),
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.delete);
  requireUuid(id);
  const { after } = await port.mutate(id, caller, async (current) => {
    requireVisible(caller, current, id);
    if (!current.deletedAt) throw failedPrecondition(`customer ${id} is not in the recycle bin`);
    if (current.mergedInto)
      throw failedPrecondition(`customer ${id} was merged into ${current.mergedInto} and cannot be restored`);
    const next = touched({ ...current, deletedAt: null, deletedBy: null }, caller, now);
    return { next, change: { kind: 'restored' } };
  });
  return after;
}

export interface PurgeCustomerPort {
  purge(id: string, actor: Principal, check: (current: Customer) => void): Promise<Customer>;
}

/** Removes a record in the recycle bin for good, with its contacts and cards (customers.purge). */
export async function purgeCustomer(
  port: PurgeCustomerPort,
  principal: Principal | undefined,
  id: string,
): Promise<void> {
  const caller = requirePermission(principal, customerPermissions.purge);
  requireUuid(id);
  await port.purge(id, caller, (current) => {
    requireVisible(caller, current, id);
    if (!current.deletedAt)
      throw failedPrecondition(`only records in the recycle bin can be purged; delete ${id} first`);
  });
}

export interface ListDeletedPort {
  listDeleted(
    principal: Principal,
    filter: { branchId?: string },
    after: ListCursor | undefined,
    limit: number,
  ): Promise<{ customer: Customer; cursor: ListCursor }[]>;
}

/** The recycle bin in the caller's scope, most recently deleted first (customers.delete). */
export async function listDeletedCustomers(
  port: ListDeletedPort,
  principal: Principal | undefined,
  query: { pageSize: number; pageToken: string; branchId: string },
): Promise<CustomerPage> {
  const caller = requirePermission(principal, customerPermissions.delete);
  const limit = pageSizeOf(query.pageSize);
  if (query.branchId.length > 64 || !hasNoControlCharacters(query.branchId))
    throw invalidArgument('branchId is invalid', [{ field: 'branchId', message: 'at most 64 characters' }]);
  const filter = query.branchId ? { branchId: query.branchId } : {};
  const fingerprint = queryFingerprint({ bin: true, ...filter });
  const after = query.pageToken ? decodeCursor(query.pageToken, fingerprint) : undefined;
  return pageOf(await port.listDeleted(caller, filter, after, limit + 1), limit, fingerprint);
}
