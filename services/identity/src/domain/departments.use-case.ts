import { z } from 'zod';
import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { failedPrecondition, invalidArgument, permissionDenied } from '@crm/errors';
import { recordChange } from './change-record';
import type { Department } from './identity';
import { parseInput, text, uuid } from './input';
import { pageInput, type Page } from './pagination';
import { identityPermissions as perm } from './permission-catalogue';
import type { IdentityRepositories } from './ports';
import { findVisible, listInScope } from './scoped-access';
import { nowOf, type StoreDeps } from './use-case-deps';

const listInput = z.strictObject({ branchId: uuid().optional(), ...pageInput });
const createInput = z.strictObject({
  branchId: uuid(),
  number: text(1, 32),
  name: text(1, 100),
  parentId: uuid().nullish(),
});
const updateInput = z.strictObject({
  id: uuid(),
  number: text(1, 32).optional(),
  name: text(1, 100).optional(),
  /** null makes it top-level. */
  parentId: uuid().nullable().optional(),
});

export type DepartmentDeps = StoreDeps;

// Departments of a branch, forming a tree (R-ID-2).

export async function listDepartments(
  deps: DepartmentDeps,
  principal: Principal | undefined,
  input: z.input<typeof listInput>,
): Promise<Page<Department>> {
  const caller = requirePermission(principal, perm.departmentsRead);
  const v = parseInput(listInput, input, 'query');
  return listInScope(caller, v, (filter) => deps.store.departments.list(filter));
}

export async function getDepartment(
  deps: DepartmentDeps,
  principal: Principal | undefined,
  id: string,
): Promise<Department> {
  const caller = requirePermission(principal, perm.departmentsRead);
  return visible(deps.store, caller, id);
}

export async function createDepartment(
  deps: DepartmentDeps,
  principal: Principal | undefined,
  input: z.input<typeof createInput>,
): Promise<Department> {
  const caller = requirePermission(principal, perm.departmentsWrite);
  const v = parseInput(createInput, input, 'department');
  if (!canWriteToBranch(caller, v.branchId))
    throw permissionDenied('cannot create departments in another branch');
  const now = nowOf(deps);
  const department: Department = {
    id: crypto.randomUUID(),
    branchId: v.branchId,
    number: v.number,
    name: v.name,
    parentId: v.parentId ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.transaction(async (tx) => {
    if (!(await tx.branches.findById(v.branchId)))
      throw invalidArgument('unknown branch', [{ field: 'branchId', message: 'no such branch' }]);
    await checkParent(tx, department);
    await recordChange(tx, caller, {
      entityType: 'department',
      verb: 'created',
      before: null,
      after: department,
    });
    await tx.departments.insert(department);
  });
  return department;
}

export async function updateDepartment(
  deps: DepartmentDeps,
  principal: Principal | undefined,
  input: z.input<typeof updateInput>,
): Promise<Department> {
  const caller = requirePermission(principal, perm.departmentsWrite);
  const v = parseInput(updateInput, input, 'department');
  return deps.store.transaction(async (tx) => {
    const before = await visible(tx, caller, v.id, true);
    const after: Department = { ...before, updatedAt: nowOf(deps) };
    if (v.number !== undefined) after.number = v.number;
    if (v.name !== undefined) after.name = v.name;
    if (v.parentId !== undefined) after.parentId = v.parentId;
    await checkParent(tx, after);
    await recordChange(tx, caller, { entityType: 'department', verb: 'updated', before, after });
    await tx.departments.update(after);
    return after;
  });
}

export async function deleteDepartment(
  deps: DepartmentDeps,
  principal: Principal | undefined,
  id: string,
): Promise<void> {
  const caller = requirePermission(principal, perm.departmentsWrite);
  await deps.store.transaction(async (tx) => {
    const department = await visible(tx, caller, id, true);
    if (await tx.departments.hasMembers(department.id))
      throw failedPrecondition('department still has sub-departments, employees or users');
    await recordChange(tx, caller, {
      entityType: 'department',
      verb: 'deleted',
      before: department,
      after: null,
    });
    await tx.departments.delete(department.id);
  });
}

/** The parent must be in the same branch and must not be the department itself or below it. */
async function checkParent(repos: IdentityRepositories, d: Department): Promise<void> {
  if (!d.parentId) return;
  const violation = (message: string) =>
    invalidArgument(`parentId ${message}`, [{ field: 'parentId', message }]);
  const parent = await repos.departments.findById(d.parentId);
  if (!parent || parent.branchId !== d.branchId) throw violation('is not a department of the same branch');
  if ((await repos.departments.subtree(d.id)).includes(parent.id)) throw violation('would make a cycle');
}

function visible(repos: IdentityRepositories, caller: Principal, id: string, forUpdate = false) {
  return findVisible(caller, 'department', id, (uuid) => repos.departments.findById(uuid, { forUpdate }));
}
