import { z } from 'zod';
import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { invalidArgument, permissionDenied } from '@crm/errors';
import { recordChange } from './change-record';
import { employeeCategories, type Employee } from './identity';
import { email, optionalText, parseInput, phone, text, uuid } from './input';
import { pageInput, type Page } from './pagination';
import { identityPermissions as perm } from './permission-catalogue';
import type { IdentityRepositories } from './ports';
import { findVisible, listInScope } from './scoped-access';
import { nowOf, type StoreDeps } from './use-case-deps';

const category = () =>
  z.enum(employeeCategories, { message: `must be one of ${employeeCategories.join(', ')}` });

const listInput = z.strictObject({
  q: z.string().trim().max(100, 'at most 100 characters').optional(),
  branchId: uuid().optional(),
  departmentId: uuid().optional(),
  ...pageInput,
});
const createInput = z.strictObject({
  number: text(1, 32),
  name: text(1, 100),
  category: category(),
  phone: phone().optional(),
  address: optionalText(200).optional(),
  email: email().optional(),
  branchId: uuid(),
  departmentId: uuid().nullish(),
  userId: uuid().nullish(),
});
const updateInput = z.strictObject({
  id: uuid(),
  number: text(1, 32).optional(),
  name: text(1, 100).optional(),
  category: category().optional(),
  phone: phone().optional(),
  address: optionalText(200).optional(),
  email: email().optional(),
  departmentId: uuid().nullable().optional(),
  userId: uuid().nullable().optional(),
});

export type EmployeeDeps = StoreDeps;

// Employee records (R-ID-2); searchable by name (Chinese included), number or phone.

export async function listEmployees(
  deps: EmployeeDeps,
  principal: Principal | undefined,
  input: z.input<typeof listInput>,
): Promise<Page<Employee>> {
  const caller = requirePermission(principal, perm.employeesRead);
  const v = parseInput(listInput, input, 'query');
  return listInScope(caller, v, (filter) =>
    deps.store.employees.list({ ...filter, q: v.q || undefined, departmentId: v.departmentId }),
  );
}

export async function getEmployee(
  deps: EmployeeDeps,
  principal: Principal | undefined,
  id: string,
): Promise<Employee> {
  const caller = requirePermission(principal, perm.employeesRead);
  return visible(deps.store, caller, id);
}

export async function createEmployee(
  deps: EmployeeDeps,
  principal: Principal | undefined,
  input: z.input<typeof createInput>,
): Promise<Employee> {
  const caller = requirePermission(principal, perm.employeesWrite);
  const v = parseInput(createInput, input, 'employee');
  if (!canWriteToBranch(caller, v.branchId))
    throw permissionDenied('cannot create employees in another branch');
  const now = nowOf(deps);
  const employee: Employee = {
    id: crypto.randomUUID(),
    number: v.number,
    name: v.name,
    category: v.category,
    phone: v.phone ?? null,
    address: v.address ?? null,
    email: v.email ?? null,
    branchId: v.branchId,
    departmentId: v.departmentId ?? null,
    userId: v.userId ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.transaction(async (tx) => {
    await checkLinks(tx, employee);
    await recordChange(tx, caller, {
      entityType: 'employee',
      verb: 'created',
      before: null,
      after: employee,
    });
    await tx.employees.insert(employee);
  });
  return employee;
}

export async function updateEmployee(
  deps: EmployeeDeps,
  principal: Principal | undefined,
  input: z.input<typeof updateInput>,
): Promise<Employee> {
  const caller = requirePermission(principal, perm.employeesWrite);
  const v = parseInput(updateInput, input, 'employee');
  return deps.store.transaction(async (tx) => {
    const before = await visible(tx, caller, v.id, true);
    const { id: _id, ...changes } = v;
    const after: Employee = { ...before, updatedAt: nowOf(deps) };
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) (after as unknown as Record<string, unknown>)[key] = value;
    }
    await checkLinks(tx, after);
    await recordChange(tx, caller, { entityType: 'employee', verb: 'updated', before, after });
    await tx.employees.update(after);
    return after;
  });
}

export async function deleteEmployee(
  deps: EmployeeDeps,
  principal: Principal | undefined,
  id: string,
): Promise<void> {
  const caller = requirePermission(principal, perm.employeesWrite);
  await deps.store.transaction(async (tx) => {
    const employee = await visible(tx, caller, id, true);
    await recordChange(tx, caller, {
      entityType: 'employee',
      verb: 'deleted',
      before: employee,
      after: null,
    });
    await tx.employees.delete(employee.id);
  });
}

/** Branch, department and user account must exist and belong to the employee's branch. */
async function checkLinks(repos: IdentityRepositories, e: Employee): Promise<void> {
  if (!(await repos.branches.findById(e.branchId)))
    throw invalidArgument('unknown branch', [{ field: 'branchId', message: 'no such branch' }]);
  if (e.departmentId) {
    const department = await repos.departments.findById(e.departmentId);
    if (!department || department.branchId !== e.branchId)
      throw invalidArgument('unknown department', [
        { field: 'departmentId', message: 'no such department in the branch' },
      ]);
  }
  if (e.userId) {
    const user = await repos.users.findById(e.userId);
    if (!user || user.branchId !== e.branchId)
      throw invalidArgument('unknown user', [{ field: 'userId', message: 'no such user in the branch' }]);
  }
}

function visible(repos: IdentityRepositories, caller: Principal, id: string, forUpdate = false) {
  return findVisible(caller, 'employee', id, (uuid) => repos.employees.findById(uuid, { forUpdate }));
}
