import {
  ALL_PERMISSIONS,
  canWriteToBranch,
  dataScopes,
  hasPermission,
  type DataScope,
  type Principal,
} from '@crm/auth';
import { permissionDenied } from '@crm/errors';
import type { Role } from './identity';

/** own < department < department_tree < branch < all. */
export const scopeRank = (scope: DataScope): number => dataScopes.indexOf(scope);

export function widestScope(scopes: DataScope[]): DataScope {
  return scopes.reduce<DataScope>((w, s) => (scopeRank(s) > scopeRank(w) ? s : w), 'own');
}

/** Union of the roles' permissions, sorted; `*` alone when any role grants everything. */
export function permissionUnion(roles: Pick<Role, 'permissions'>[]): string[] {
  const union = new Set(roles.flatMap((r) => r.permissions));
  if (union.has(ALL_PERMISSIONS)) return [ALL_PERMISSIONS];
  return [...union].sort();
}

export interface PrincipalSubject {
  id: string;
  username: string;
  branchId: string;
  departmentId: string | null;
  /** First login or after a reset: the token then allows only the password change (see @crm/auth). */
  mustChangePassword?: boolean;
}

/**
 * The principal an access token carries: permissions are the union of the roles', the data scope the
 * widest of them, and departmentTree the user's department with every department below it.
 */
export function buildPrincipal(
  user: PrincipalSubject,
  roles: Pick<Role, 'id' | 'key' | 'permissions' | 'dataScope'>[],
  departmentTree: string[],
): Principal {
  const principal: Principal = {
    kind: 'user',
    userId: user.id,
    username: user.username,
    roles: roles.map((r) => r.key ?? r.id),
    permissions: permissionUnion(roles),
    branchId: user.branchId,
    dataScope: roles.length > 0 ? widestScope(roles.map((r) => r.dataScope)) : 'own',
  };
  if (user.mustChangePassword) principal.mustChangePassword = true;
  if (user.departmentId) {
    principal.departmentId = user.departmentId;
    principal.departmentTree = departmentTree.includes(user.departmentId)
      ? departmentTree
      : [user.departmentId, ...departmentTree];
  }
  return principal;
}

/** Whether the caller holds every permission of `permissions` (only `*` covers `*`). */
export function holdsAll(caller: Principal, permissions: string[]): boolean {
  return permissions.every((p) =>
    p === ALL_PERMISSIONS ? caller.permissions.includes(ALL_PERMISSIONS) : hasPermission(caller, p),
  );
}

/**
 * No privilege escalation (R-ID-4): a caller may only hand out (or shape) roles whose permissions it
 * holds itself and whose data scope is not wider than its own.
 */
export function assertCanGrant(
  caller: Principal,
  roles: Pick<Role, 'name' | 'permissions' | 'dataScope'>[],
): void {
  for (const role of roles) {
    if (!holdsAll(caller, role.permissions)) {
      throw permissionDenied(`cannot grant role "${role.name}": it has permissions you do not hold`);
    }
    if (scopeRank(role.dataScope) > scopeRank(caller.dataScope)) {
      throw permissionDenied(`cannot grant role "${role.name}": its data scope is wider than yours`);
    }
  }
}

/**
 * A caller may only manage (change, reset the password of, unlock, disable) a user it could have
 * created: one whose roles it could grant. So a branch administrator cannot take over an executive's
 * or a system administrator's account by resetting its password.
 */
export function assertCanManageUser(
  caller: Principal,
  target: { id: string; branchId: string },
  targetRoles: Pick<Role, 'name' | 'permissions' | 'dataScope'>[],
): void {
  if (!canWriteToBranch(caller, target.branchId)) throw permissionDenied('user is outside your branch');
  try {
    assertCanGrant(caller, targetRoles);
  } catch {
    throw permissionDenied('cannot manage a user with more rights than yours');
  }
}

/** Identity data (users, departments, employees, sites, audit) is visible by branch: own branch unless scope is all. */
export const seesBranch = (caller: Principal, branchId: string): boolean =>
  canWriteToBranch(caller, branchId);

/** The branch filter a list query may use: its own for a caller without scope all, else what was asked. */
export function listBranchFilter(
  caller: Principal,
  requested: string | undefined,
): string | undefined | null {
  if (caller.dataScope === 'all') return requested;
  if (requested && requested !== caller.branchId) return null; // nothing to see
  return caller.branchId;
}
