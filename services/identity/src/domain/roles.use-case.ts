import { z } from 'zod';
import { dataScopes, requirePermission, type Principal } from '@crm/auth';
import { failedPrecondition, notFound } from '@crm/errors';
import { assertCanGrant } from './access-rules';
import { recordChange } from './change-record';
import type { Role } from './identity';
import { parseInput, requireUuid, text, uuid } from './input';
import {
  builtInRoles,
  identityPermissions as perm,
  isGrantablePermission,
  permissionCatalogue,
  permissionGroup,
} from './permission-catalogue';
import type { IdentityTransaction } from './ports';
import { findOrNotFound } from './scoped-access';
import { nowOf, type StoreDeps } from './use-case-deps';

const permissions = () =>
  z
    .array(z.string().max(64).refine(isGrantablePermission, 'is not a known permission'))
    .max(100, 'at most 100 permissions')
    .transform((list) => [...new Set(list)].sort());
const dataScope = () => z.enum(dataScopes, { message: `must be one of ${dataScopes.join(', ')}` });

const createInput = z.strictObject({
  name: text(1, 100),
  description: z.string().trim().max(500, 'at most 500 characters').default(''),
  permissions: permissions(),
  dataScope: dataScope(),
});
const updateInput = z.strictObject({
  id: uuid(),
  name: text(1, 100).optional(),
  description: z.string().trim().max(500, 'at most 500 characters').optional(),
  permissions: permissions().optional(),
  dataScope: dataScope().optional(),
});

export type RoleDeps = StoreDeps;

// Roles and the permission catalogue (R-ID-1). Built-in roles are immutable; a caller may only create
// or change roles within its own permissions and data scope (no escalation by editing a role).

export function listPermissions(
  deps: RoleDeps,
  principal: Principal | undefined,
): { key: string; group: string }[] {
  requirePermission(principal, perm.rolesRead);
  return permissionCatalogue.map((key) => ({ key, group: permissionGroup(key) }));
}

export async function listRoles(deps: RoleDeps, principal: Principal | undefined): Promise<Role[]> {
  requirePermission(principal, perm.rolesRead);
  return deps.store.roles.list();
}

export async function getRole(deps: RoleDeps, principal: Principal | undefined, id: string): Promise<Role> {
  requirePermission(principal, perm.rolesRead);
  return findOrNotFound('role', id, (uuid) => deps.store.roles.findById(uuid));
}

export async function createRole(
  deps: RoleDeps,
  principal: Principal | undefined,
  input: z.input<typeof createInput>,
): Promise<Role> {
  const caller = requirePermission(principal, perm.rolesWrite);
  const v = parseInput(createInput, input, 'role');
  const now = nowOf(deps);
  const role: Role = {
    id: crypto.randomUUID(),
    key: null,
    builtIn: false,
    ...v,
    createdAt: now,
    updatedAt: now,
  };
  assertCanGrant(caller, [role]);
  await deps.store.transaction(async (tx) => {
    await record(tx, 'created', null, role, caller);
    await tx.roles.insert(role);
  });
  return role;
}

export async function updateRole(
  deps: RoleDeps,
  principal: Principal | undefined,
  input: z.input<typeof updateInput>,
): Promise<Role> {
  const caller = requirePermission(principal, perm.rolesWrite);
  const v = parseInput(updateInput, input, 'role');
  return deps.store.transaction(async (tx) => {
    const before = await mutable(tx, v.id, caller);
    const after: Role = { ...before, updatedAt: nowOf(deps) };
    if (v.name !== undefined) after.name = v.name;
    if (v.description !== undefined) after.description = v.description;
    if (v.permissions !== undefined) after.permissions = v.permissions;
    if (v.dataScope !== undefined) after.dataScope = v.dataScope;
    assertCanGrant(caller, [after]);
    await record(tx, 'updated', before, after, caller);
    await tx.roles.update(after);
    return after;
  });
}

export async function deleteRole(
  deps: RoleDeps,
  principal: Principal | undefined,
  id: string,
): Promise<void> {
  const caller = requirePermission(principal, perm.rolesWrite);
  await deps.store.transaction(async (tx) => {
    const role = await mutable(tx, requireUuid(id), caller);
    if (await tx.roles.isAssigned(role.id)) throw failedPrecondition('role is still assigned to users');
    await record(tx, 'deleted', role, null, caller);
    await tx.roles.delete(role.id);
  });
}

async function mutable(tx: IdentityTransaction, id: string, caller: Principal): Promise<Role> {
  const role = await tx.roles.findById(id, { forUpdate: true });
  if (!role) throw notFound('role', id);
  if (role.builtIn) throw failedPrecondition('built-in roles cannot be changed');
  assertCanGrant(caller, [role]);
  return role;
}

function record(
  tx: IdentityTransaction,
  verb: string,
  before: Role | null,
  after: Role | null,
  caller: Principal,
) {
  // Roles are global; the change is filed under the actor's branch.
  return recordChange(tx, caller, { entityType: 'role', verb, branchId: caller.branchId, before, after });
}

/** The built-in roles as rows (ids are assigned when first stored). */
export function builtInRoleRows(now: Date): Role[] {
  return builtInRoles.map((r) => ({
    id: crypto.randomUUID(),
    key: r.key,
    name: r.name,
    description: r.description,
    builtIn: true,
    permissions: [...r.permissions].sort(),
    dataScope: r.dataScope,
    createdAt: now,
    updatedAt: now,
  }));
}
