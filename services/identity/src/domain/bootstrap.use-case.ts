import { recordChange } from './change-record';
import type { Branch, Role, User } from './identity';
import { toRoleRef } from './identity';
import { newSecret } from './secrets';
import { systemActor, systemClock, type Clock, type IdentityStore, type PasswordHasher } from './ports';
import { builtInRoleRows } from './roles.use-case';

export const HQ_BRANCH_CODE = 'HQ';
export const ADMIN_USERNAME = 'admin';
/** The administrator's display name on a new system (the portal's default language is Chinese). */
export const ADMIN_DISPLAY_NAME = '系统管理员';
/** What systems bootstrapped before it were given instead. */
const LEGACY_ADMIN_DISPLAY_NAME = 'Administrator';

export interface BootstrapResult {
  /** Set when this start created the administrator. */
  admin?: { username: string; branchCode: string };
  /** Set only when the password was generated (not given by CRM_ADMIN_PASSWORD): show it once. */
  generatedPassword?: string;
}

/**
 * First start: keeps the built-in roles as the code defines them (every start), and when there is no
 * user at all creates branch HQ (总部) and the administrator `admin` (system_admin, must change the
 * password at first login) with the given password or a random one. There is no default password.
 * Runs under a lock, so replicas starting together create one administrator.
 */
export async function bootstrapIdentity(deps: {
  store: IdentityStore;
  hasher: PasswordHasher;
  adminPassword?: string;
  clock?: Clock;
}): Promise<BootstrapResult> {
  const clock = deps.clock ?? systemClock;
  return deps.store.exclusively('identity-bootstrap', async () => {
    const now = clock.now();
    const roles = await syncBuiltInRoles(deps.store, now);
    if ((await deps.store.users.count()) > 0) {
      await renameLegacyAdministrator(deps.store, now);
      return {};
    }
    const generatedPassword = deps.adminPassword ? undefined : newSecret().slice(0, 24);
    const passwordHash = await deps.hasher.hash(deps.adminPassword ?? (generatedPassword as string));
    await deps.store.transaction(async (tx) => {
      let hq = await tx.branches.findByCode(HQ_BRANCH_CODE);
      if (!hq) {
        hq = {
          id: crypto.randomUUID(),
          code: HQ_BRANCH_CODE,
          name: '总部',
          address: null,
          phone: null,
          createdAt: now,
          updatedAt: now,
        } satisfies Branch;
        await recordChange(tx, systemActor, {
          entityType: 'branch',
          verb: 'created',
          branchId: hq.id,
          before: null,
          after: hq,
        });
        await tx.branches.insert(hq);
      }
      const adminRole = roles.find((r) => r.key === 'system_admin') as Role;
      const admin: User = {
        id: crypto.randomUUID(),
        username: ADMIN_USERNAME,
        displayName: ADMIN_DISPLAY_NAME,
        branchId: hq.id,
        departmentId: null,
        roles: [toRoleRef(adminRole)],
        disabled: false,
        mustChangePassword: true,
        extension: null,
        createdAt: now,
        updatedAt: now,
      };
      await recordChange(tx, systemActor, {
        entityType: 'user',
        verb: 'created',
        before: null,
        after: admin,
      });
      await tx.users.insert(admin, passwordHash);
    });
    return { admin: { username: ADMIN_USERNAME, branchCode: HQ_BRANCH_CODE }, generatedPassword };
  });
}

/**
 * A system bootstrapped before gave its administrator the English display name "Administrator". It
 * becomes 系统管理员 (audited, with its event) once, only while nobody has ever edited that user: a
 * name someone chose, even "Administrator" again, stays.
 */
async function renameLegacyAdministrator(store: IdentityStore, now: Date): Promise<void> {
  const admin = await store.users.findByUsername(ADMIN_USERNAME);
  if (!admin || admin.displayName !== LEGACY_ADMIN_DISPLAY_NAME) return;
  const history = await store.audit.list({ entityType: 'user', entityId: admin.id, limit: 1000 });
  if (history.some(({ item }) => item.action === 'user.updated')) return;
  await store.transaction(async (tx) => {
    const after: User = { ...admin, displayName: ADMIN_DISPLAY_NAME, updatedAt: now };
    await recordChange(tx, systemActor, { entityType: 'user', verb: 'updated', before: admin, after });
    await tx.users.update(after);
  });
}

/** Inserts missing built-in roles and brings changed ones in line with the code (audited). */
async function syncBuiltInRoles(store: IdentityStore, now: Date): Promise<Role[]> {
  return store.transaction(async (tx) => {
    const result: Role[] = [];
    for (const wanted of builtInRoleRows(now)) {
      const existing = await tx.roles.findByKey(wanted.key as string);
      if (!existing) {
        await recordChange(tx, systemActor, {
          entityType: 'role',
          verb: 'created',
          branchId: 'system',
          before: null,
          after: wanted,
        });
        await tx.roles.insert(wanted);
        result.push(wanted);
        continue;
      }
      const same =
        existing.name === wanted.name &&
        existing.description === wanted.description &&
        existing.dataScope === wanted.dataScope &&
        existing.permissions.join() === wanted.permissions.join();
      if (same) {
        result.push(existing);
        continue;
      }
      const after: Role = {
        ...existing,
        ...wanted,
        id: existing.id,
        createdAt: existing.createdAt,
        updatedAt: now,
      };
      await recordChange(tx, systemActor, {
        entityType: 'role',
        verb: 'updated',
        branchId: 'system',
        before: existing,
        after,
      });
      await tx.roles.update(after);
      result.push(after);
    }
    return result;
  });
}
