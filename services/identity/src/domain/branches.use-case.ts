import { z } from 'zod';
import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { notFound, permissionDenied } from '@crm/errors';
import { recordChange } from './change-record';
import type { Branch } from './identity';
import { optionalText, parseInput, phone, text, uuid } from './input';
import { fetchPage, pageInput, pageRequest, type Page } from './pagination';
import { identityPermissions as perm } from './permission-catalogue';
import { findOrNotFound } from './scoped-access';
import { nowOf, type StoreDeps } from './use-case-deps';

const code = () =>
  z
    .string()
    .trim()
    .min(1, 'is required')
    .max(32, 'at most 32 characters')
    .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, "_" and "-"');

const listInput = z.strictObject(pageInput);
const createInput = z.strictObject({
  code: code(),
  name: text(1, 100),
  address: optionalText(200).optional(),
  phone: phone().optional(),
});
const updateInput = z.strictObject({
  id: uuid(),
  name: text(1, 100).optional(),
  address: optionalText(200).optional(),
  phone: phone().optional(),
});

export type BranchDeps = StoreDeps;

// Branches (R-ID-3). Every user with branches.read sees the list (names and codes are what a form
// needs); only scope `all` creates branches, and a branch administrator edits only its own branch.

export async function listBranches(
  deps: BranchDeps,
  principal: Principal | undefined,
  input: z.input<typeof listInput>,
): Promise<Page<Branch>> {
  requirePermission(principal, perm.branchesRead);
  const v = parseInput(listInput, input, 'query');
  return fetchPage(pageRequest(v.pageSize, v.pageToken), (page) => deps.store.branches.list(page));
}

export async function getBranch(
  deps: BranchDeps,
  principal: Principal | undefined,
  id: string,
): Promise<Branch> {
  requirePermission(principal, perm.branchesRead);
  return findOrNotFound('branch', id, (uuid) => deps.store.branches.findById(uuid));
}

export async function createBranch(
  deps: BranchDeps,
  principal: Principal | undefined,
  input: z.input<typeof createInput>,
): Promise<Branch> {
  const caller = requirePermission(principal, perm.branchesWrite);
  if (caller.dataScope !== 'all') throw permissionDenied('creating branches needs data scope all');
  const v = parseInput(createInput, input, 'branch');
  const now = nowOf(deps);
  const branch: Branch = {
    id: crypto.randomUUID(),
    code: v.code,
    name: v.name,
    address: v.address ?? null,
    phone: v.phone ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.transaction(async (tx) => {
    await recordChange(tx, caller, {
      entityType: 'branch',
      verb: 'created',
      branchId: branch.id,
      before: null,
      after: branch,
    });
    await tx.branches.insert(branch);
  });
  return branch;
}

export async function updateBranch(
  deps: BranchDeps,
  principal: Principal | undefined,
  input: z.input<typeof updateInput>,
): Promise<Branch> {
  const caller = requirePermission(principal, perm.branchesWrite);
  const v = parseInput(updateInput, input, 'branch');
  return deps.store.transaction(async (tx) => {
    const before = await tx.branches.findById(v.id, { forUpdate: true });
    if (!before) throw notFound('branch', v.id);
    if (!canWriteToBranch(caller, before.id)) throw permissionDenied('cannot change another branch');
    const after: Branch = { ...before, updatedAt: nowOf(deps) };
    if (v.name !== undefined) after.name = v.name;
    if (v.address !== undefined) after.address = v.address;
    if (v.phone !== undefined) after.phone = v.phone;
    await recordChange(tx, caller, {
      entityType: 'branch',
      verb: 'updated',
      branchId: after.id,
      before,
      after,
    });
    await tx.branches.update(after);
    return after;
  });
}
