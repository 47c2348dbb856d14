import type { DataScope, PermissionEntry, Role } from '../api/types';

export const ALL_PERMISSIONS = '*';

/** `*` holds everything; otherwise the exact key. */
export function hasPermission(permissions: readonly string[] | undefined, permission: string): boolean {
  if (!permissions) return false;
  return permissions.includes(ALL_PERMISSIONS) || permissions.includes(permission);
}

export function hasAnyPermission(
  permissions: readonly string[] | undefined,
  wanted: readonly string[],
): boolean {
  return wanted.some((permission) => hasPermission(permissions, permission));
}

const scopeOrder: Record<DataScope, number> = {
  OWN: 0,
  DEPARTMENT: 1,
  DEPARTMENT_TREE: 2,
  BRANCH: 3,
  ALL: 4,
};

/** Mirrors the server's rule, to grey out what would be refused: no wider scope, no missing permission. */
export function canAssignRole(
  caller: { permissions: readonly string[]; dataScope: DataScope },
  role: Pick<Role, 'permissions' | 'dataScope'>,
): boolean {
  if (scopeOrder[role.dataScope] > scopeOrder[caller.dataScope]) return false;
  if (caller.permissions.includes(ALL_PERMISSIONS)) return true;
  return role.permissions.every((p) => p !== ALL_PERMISSIONS && caller.permissions.includes(p));
}

export interface PermissionGroup {
  group: string;
  keys: string[];
}

/** The catalogue by group, in catalogue order. */
export function groupPermissions(catalogue: readonly PermissionEntry[]): PermissionGroup[] {
  const groups = new Map<string, string[]>();
  for (const { key, group } of catalogue) groups.set(group, [...(groups.get(group) ?? []), key]);
  return [...groups].map(([group, keys]) => ({ group, keys }));
}
