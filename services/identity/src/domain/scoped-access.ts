import type { Principal } from '@crm/auth';
import { notFound } from '@crm/errors';
import { listBranchFilter, seesBranch } from './access-rules';
import { requireUuid } from './input';
import { emptyPage, fetchPage, pageRequest, type Page, type PageRequest } from './pagination';

// How every use case reaches the records it serves: by id (not found unless the caller may see it)
// and in pages (only the branches the caller may see). The finders are passed in, so this stays free
// of I/O and each use case still names its own repository.

/** Looks a record up by a UUID id; absent is NOT_FOUND naming the entity. */
export async function findOrNotFound<T>(
  entity: string,
  id: string,
  find: (id: string) => Promise<T | undefined>,
): Promise<T> {
  const found = await find(requireUuid(id));
  if (!found) throw notFound(entity, id);
  return found;
}

/** A branch-owned record the caller may see; one outside its branches is reported as not found, so its existence does not leak. */
export async function findVisible<T extends { branchId: string }>(
  caller: Principal,
  entity: string,
  id: string,
  find: (id: string) => Promise<T | undefined>,
): Promise<T> {
  const found = await find(requireUuid(id));
  if (!found || !seesBranch(caller, found.branchId)) throw notFound(entity, id);
  return found;
}

/**
 * One page of branch-owned records: the page is checked first (a bad pageSize or token is always
 * INVALID_ARGUMENT), then a branch outside the caller's scope gives an empty page, else the caller's
 * own branch is the filter unless its scope is all.
 */
export async function listInScope<T>(
  caller: Principal,
  input: { branchId?: string; pageSize?: number; pageToken?: string },
  fetch: (filter: PageRequest & { branchId?: string }) => Promise<{ item: T; seq: bigint }[]>,
): Promise<Page<T>> {
  const page = pageRequest(input.pageSize, input.pageToken);
  const branchId = listBranchFilter(caller, input.branchId);
  if (branchId === null) return emptyPage();
  return fetchPage(page, (request) => fetch({ ...request, branchId }));
}
