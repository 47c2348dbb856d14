import { z } from 'zod';
import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { invalidArgument, permissionDenied } from '@crm/errors';
import { assertCanGrant, assertCanManageUser } from './access-rules';
import { recordChange, withoutSnapshots } from './change-record';
import { toRoleRef, type Role, type User, type UserView } from './identity';
import { parseInput, text, uuid } from './input';
import { pageInput, type Page } from './pagination';
import { passwordProblems } from './password-policy';
import { identityPermissions as perm } from './permission-catalogue';
import type { Clock, IdentityRepositories, IdentityStore, LoginAttempts, PasswordHasher } from './ports';
import { findVisible, listInScope } from './scoped-access';
import { nowOf } from './use-case-deps';

const username = () =>
  z
    .string()
    .trim()
    .min(3, 'at least 3 characters')
    .max(64, 'at most 64 characters')
    .regex(/^[A-Za-z0-9._-]+$/, 'only letters, digits, ".", "_" and "-"');
const roleIds = () => z.array(uuid()).max(20, 'at most 20 roles');
/** A telephone extension: 2–8 digits; empty means none (null). */
const extension = () =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .refine((v) => v === null || /^[0-9]{2,8}$/.test(v), 'must be 2 to 8 digits');

const listInput = z.strictObject({
  q: z.string().trim().max(100).optional(),
  branchId: uuid().optional(),
  ...pageInput,
});
const createInput = z.strictObject({
  username: username(),
  displayName: text(1, 100),
  password: z.string().max(1024),
  branchId: uuid(),
  departmentId: uuid().nullish(),
  roleIds: roleIds(),
  extension: extension().optional(),
});
const updateInput = z.strictObject({
  id: uuid(),
  displayName: text(1, 100).optional(),
  branchId: uuid().optional(),
  /** null clears it. */
  departmentId: uuid().nullable().optional(),
  roleIds: roleIds().optional(),
  disabled: z.boolean().optional(),
  /** '' clears it. */
  extension: extension().optional(),
});
const resetInput = z.strictObject({ id: uuid(), newPassword: z.string().max(1024) });

export interface UserDeps {
  store: IdentityStore;
  hasher: PasswordHasher;
  attempts: LoginAttempts;
  clock?: Clock;
}

// User accounts (R-ID-1), with the anti-escalation rules of R-ID-4 and branch data scope (R-ID-3).

export async function listUsers(
  deps: UserDeps,
  principal: Principal | undefined,
  input: z.input<typeof listInput>,
): Promise<Page<UserView>> {
  const caller = requirePermission(principal, perm.usersRead);
  const v = parseInput(listInput, input, 'query');
  const { items, nextPageToken } = await listInScope(caller, v, (filter) =>
    deps.store.users.list({ ...filter, q: v.q || undefined }),
  );
  const locked = await deps.attempts.locked(items.map((u) => u.username.toLowerCase()));
  return { items: items.map((u) => withLock(u, locked)), nextPageToken };
}

export async function getUser(
  deps: UserDeps,
  principal: Principal | undefined,
  id: string,
): Promise<UserView> {
  const caller = requirePermission(principal, perm.usersRead);
  const user = await visible(deps.store, caller, id);
  return view(deps, user);
}

export async function createUser(
  deps: UserDeps,
  principal: Principal | undefined,
  input: z.input<typeof createInput>,
): Promise<UserView> {
  const caller = requirePermission(principal, perm.usersWrite);
  const v = parseInput(createInput, input, 'user');
  const problems = passwordProblems(v.password, v.username);
  if (problems.length > 0) throw invalidArgument('password is not acceptable', problems);
  if (!canWriteToBranch(caller, v.branchId)) throw permissionDenied('cannot create users in another branch');
  const store = deps.store;
  await checkPlacement(store, v.branchId, v.departmentId ?? null);
  const roles = await resolveRoles(store, [...new Set(v.roleIds)]);
  assertCanGrant(caller, roles);
  const passwordHash = await deps.hasher.hash(v.password);
  const now = nowOf(deps);
  const user: User = {
    id: crypto.randomUUID(),
    username: v.username,
    displayName: v.displayName,
    branchId: v.branchId,
    departmentId: v.departmentId ?? null,
    roles: roles.map(toRoleRef),
    disabled: false,
    // The administrator chose (and knows) this password: like a reset one, the user replaces it.
    mustChangePassword: true,
    extension: v.extension ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await store.transaction(async (tx) => {
    await recordChange(tx, caller, { entityType: 'user', verb: 'created', before: null, after: user });
    await tx.users.insert(user, passwordHash);
  });
  return { ...user, locked: false };
}

export async function updateUser(
  deps: UserDeps,
  principal: Principal | undefined,
  input: z.input<typeof updateInput>,
): Promise<UserView> {
  const caller = requirePermission(principal, perm.usersWrite);
  const v = parseInput(updateInput, input, 'user');
  const updated = await deps.store.transaction(async (tx) => {
    const before = await visible(tx, caller, v.id, true);
    assertCanManageUser(caller, before, await tx.roles.findByIds(before.roles.map((r) => r.id)));
    const self = before.id === caller.userId;
    const after: User = { ...before, updatedAt: nowOf(deps) };
    if (v.displayName !== undefined) after.displayName = v.displayName;
    if (v.branchId !== undefined && v.branchId !== before.branchId) {
      if (self) throw permissionDenied('you cannot move yourself to another branch');
      if (!canWriteToBranch(caller, v.branchId))
        throw permissionDenied('cannot move users to another branch');
      after.branchId = v.branchId;
      after.departmentId = null; // a department belongs to the old branch
    }
    if (v.departmentId !== undefined) after.departmentId = v.departmentId;
    // Unique per branch (also after a move): the database refuses a taken one, reported on `extension`.
    if (v.extension !== undefined) after.extension = v.extension;
    await checkPlacement(tx, after.branchId, after.departmentId);
    if (v.roleIds !== undefined) {
      if (self) throw permissionDenied('nobody changes their own roles');
      const roles = await resolveRoles(tx, [...new Set(v.roleIds)]);
      assertCanGrant(caller, roles);
      after.roles = roles.map(toRoleRef);
    }
    if (v.disabled !== undefined) {
      if (self && v.disabled) throw permissionDenied('you cannot disable your own account');
      after.disabled = v.disabled;
    }
    await recordChange(tx, caller, { entityType: 'user', verb: 'updated', before, after });
    await tx.users.update(after);
    if (after.disabled && !before.disabled)
      await tx.refreshTokens.revokeUserFamilies(after.id, after.updatedAt);
    return after;
  });
  return view(deps, updated);
}

/** Sets a password the user must change at next login and ends the user's sessions. */
export async function resetPassword(
  deps: UserDeps,
  principal: Principal | undefined,
  input: z.input<typeof resetInput>,
): Promise<void> {
  const caller = requirePermission(principal, perm.usersWrite);
  const v = parseInput(resetInput, input, 'password reset');
  if (v.id.toLowerCase() === caller.userId)
    throw permissionDenied('change your own password with your current one');
  const target = await visible(deps.store, caller, v.id);
  assertCanManageUser(caller, target, await deps.store.roles.findByIds(target.roles.map((r) => r.id)));
  const problems = passwordProblems(v.newPassword, target.username, 'newPassword');
  if (problems.length > 0) throw invalidArgument('password is not acceptable', problems);
  const hash = await deps.hasher.hash(v.newPassword);
  const now = nowOf(deps);
  await deps.store.transaction(async (tx) => {
    await recordChange(tx, caller, {
      entityType: 'user',
      verb: 'password_reset',
      ...withoutSnapshots(target),
      details: { resetByAdministrator: true },
    });
    await tx.users.setPassword(target.id, hash, true, now);
    await tx.refreshTokens.revokeUserFamilies(target.id, now);
  });
}

/** Lifts a lockout after failed logins (audited). */
export async function unlockUser(
  deps: UserDeps,
  principal: Principal | undefined,
  id: string,
): Promise<void> {
  const caller = requirePermission(principal, perm.usersWrite);
  const target = await visible(deps.store, caller, id);
  assertCanManageUser(caller, target, await deps.store.roles.findByIds(target.roles.map((r) => r.id)));
  await deps.store.transaction(async (tx) => {
    await recordChange(tx, caller, { entityType: 'user', verb: 'unlocked', ...withoutSnapshots(target) });
    // Inside the transaction: if Redis fails, no audit entry claims an unlock that did not happen.
    await deps.attempts.reset(target.username.toLowerCase());
  });
}

async function view(deps: UserDeps, user: User): Promise<UserView> {
  return withLock(user, await deps.attempts.locked([user.username.toLowerCase()]));
}

/** A record outside the caller's branch is reported as not found, so its existence does not leak. */
async function visible(
  repos: IdentityRepositories,
  caller: Principal,
  id: string,
  forUpdate = false,
): Promise<User> {
  return findVisible(caller, 'user', id, (uuid) => repos.users.findById(uuid, { forUpdate }));
}

async function checkPlacement(repos: IdentityRepositories, branchId: string, departmentId: string | null) {
  if (!(await repos.branches.findById(branchId)))
    throw invalidArgument('unknown branch', [{ field: 'branchId', message: 'no such branch' }]);
  if (departmentId) {
    const department = await repos.departments.findById(departmentId);
    if (!department || department.branchId !== branchId)
      throw invalidArgument('unknown department', [
        { field: 'departmentId', message: 'no such department in the branch' },
      ]);
  }
}

async function resolveRoles(repos: IdentityRepositories, ids: string[]): Promise<Role[]> {
  const roles = await repos.roles.findByIds(ids);
  if (roles.length !== ids.length)
    throw invalidArgument('unknown role', [
      { field: 'roleIds', message: 'contains a role that does not exist' },
    ]);
  return roles;
}

function withLock(user: User, locked: Set<string>): UserView {
  return { ...user, locked: locked.has(user.username.toLowerCase()) };
}
