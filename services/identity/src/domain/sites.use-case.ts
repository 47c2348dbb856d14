import { z } from 'zod';
import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { failedPrecondition, invalidArgument, permissionDenied, unauthenticated } from '@crm/errors';
import { recordChange } from './change-record';
import type { Branch, Site } from './identity';
import { isUuid, parseInput, text, uuid } from './input';
import { pageInput, type Page } from './pagination';
import { identityPermissions as perm } from './permission-catalogue';
import type { IdentityRepositories } from './ports';
import { findVisible, listInScope } from './scoped-access';
import { newSecret, sameHash, sha256 } from './secrets';
import { nowOf, type StoreDeps } from './use-case-deps';

const listInput = z.strictObject({ branchId: uuid().optional(), ...pageInput });
const createInput = z.strictObject({ branchId: uuid(), name: text(1, 100) });
const verifyInput = z.strictObject({ siteId: z.string().max(64), siteKey: z.string().max(200) });

/** last_seen_at is written at most this often per site, so a busy site does not write on every call. */
export const LAST_SEEN_INTERVAL_SECONDS = 60;

export interface SiteWithKey {
  site: Site;
  /** Shown once; only its SHA-256 is kept. */
  siteKey: string;
}

export type SiteDeps = StoreDeps;

// Edge sites and their keys (R-ID-5): registered, authenticated, rotated, revoked.

export async function listSites(
  deps: SiteDeps,
  principal: Principal | undefined,
  input: z.input<typeof listInput>,
): Promise<Page<Site>> {
  const caller = requirePermission(principal, perm.sitesRead);
  const v = parseInput(listInput, input, 'query');
  return listInScope(caller, v, (filter) => deps.store.sites.list(filter));
}

export async function getSite(deps: SiteDeps, principal: Principal | undefined, id: string): Promise<Site> {
  const caller = requirePermission(principal, perm.sitesRead);
  return visible(deps.store, caller, id);
}

export async function createSite(
  deps: SiteDeps,
  principal: Principal | undefined,
  input: z.input<typeof createInput>,
): Promise<SiteWithKey> {
  const caller = requirePermission(principal, perm.sitesWrite);
  const v = parseInput(createInput, input, 'site');
  if (!canWriteToBranch(caller, v.branchId))
    throw permissionDenied('cannot register sites of another branch');
  const siteKey = newSecret();
  const site: Site = {
    id: crypto.randomUUID(),
    branchId: v.branchId,
    name: v.name,
    keyPrefix: siteKey.slice(0, 8),
    createdAt: nowOf(deps),
    rotatedAt: null,
    revokedAt: null,
    lastSeenAt: null,
  };
  await deps.store.transaction(async (tx) => {
    if (!(await tx.branches.findById(v.branchId)))
      throw invalidArgument('unknown branch', [{ field: 'branchId', message: 'no such branch' }]);
    await recordChange(tx, caller, { entityType: 'site', verb: 'created', before: null, after: site });
    await tx.sites.insert(site, sha256(siteKey));
  });
  return { site, siteKey };
}

/** A new key; the old one stops working when this commits. */
export async function rotateSiteKey(
  deps: SiteDeps,
  principal: Principal | undefined,
  id: string,
): Promise<SiteWithKey> {
  const caller = requirePermission(principal, perm.sitesWrite);
  const siteKey = newSecret();
  const site = await deps.store.transaction(async (tx) => {
    const before = await visible(tx, caller, id, true);
    if (before.revokedAt) throw failedPrecondition('a revoked site cannot get a new key');
    const after: Site = { ...before, keyPrefix: siteKey.slice(0, 8), rotatedAt: nowOf(deps) };
    await recordChange(tx, caller, { entityType: 'site', verb: 'key_rotated', before, after });
    await tx.sites.update(after, sha256(siteKey));
    return after;
  });
  return { site, siteKey };
}

/** The key stops working at once (a stolen credential, R-ID-5). Revoking twice changes nothing. */
export async function revokeSite(
  deps: SiteDeps,
  principal: Principal | undefined,
  id: string,
): Promise<Site> {
  const caller = requirePermission(principal, perm.sitesWrite);
  return deps.store.transaction(async (tx) => {
    const before = await visible(tx, caller, id, true);
    if (before.revokedAt) return before;
    const after: Site = { ...before, revokedAt: nowOf(deps) };
    await recordChange(tx, caller, { entityType: 'site', verb: 'revoked', before, after });
    await tx.sites.update(after);
    return after;
  });
}

/**
 * For the gateway's edge ingress: the site and its branch when the key is the site's current one and
 * the site is not revoked; UNAUTHENTICATED otherwise (the same answer whatever was wrong).
 */
export async function verifySiteKey(
  deps: SiteDeps,
  input: z.input<typeof verifyInput>,
): Promise<{ site: Site; branch: Branch }> {
  const v = parseInput(verifyInput, input, 'site key');
  const rejected = () => unauthenticated('site key invalid');
  if (!isUuid(v.siteId)) throw rejected();
  const found = await deps.store.sites.findCredentials(v.siteId.toLowerCase());
  const presented = sha256(v.siteKey);
  if (!found || !sameHash(found.keyHash, presented) || found.site.revokedAt) throw rejected();
  const branch = await deps.store.branches.findById(found.site.branchId);
  if (!branch) throw rejected();
  const now = nowOf(deps);
  await deps.store.sites.touch(found.site.id, now, LAST_SEEN_INTERVAL_SECONDS);
  const seenRecently =
    found.site.lastSeenAt &&
    now.getTime() - found.site.lastSeenAt.getTime() < LAST_SEEN_INTERVAL_SECONDS * 1000;
  return { site: { ...found.site, lastSeenAt: seenRecently ? found.site.lastSeenAt : now }, branch };
}

function visible(repos: IdentityRepositories, caller: Principal, id: string, forUpdate = false) {
  return findVisible(caller, 'site', id, (uuid) => repos.sites.findById(uuid, { forUpdate }));
}
