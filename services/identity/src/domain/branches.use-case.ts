import { z } from 'zod';
import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { notFound, permissionDenied } from '@crm/errors';
import type { Branch } from './identity';
import { optionalText, parseInput, phone, requireUuid, text, uuid } from './input';
import { pageRequest, toPage, type Page } from './pagination';
import { identityPermissions as perm } from './permission-catalogue';
import { actorOf, systemClock, type Clock, type IdentityStore } from './ports';

const code = () =>
  z
    .string()
    .trim()
    .min(1, 'is required')
    .max(32, 'at most 32 characters')
    .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, "_" and "-"');

const listInput = z.strictObject({ pageSize: z.number().optional(), pageToken: z.string().optional() });
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

export interface BranchDeps {
  store: IdentityStore;
  clock?: Clock;
}

/**
 * Branches (R-ID-3). Every user with branches.read sees the list (names and codes are what a form
 * needs); only scope `all` creates branches, and a branch administrator edits only its own branch.
 */
export class BranchUseCases {
  private readonly clock: Clock;

  constructor(private readonly deps: BranchDeps) {
    this.clock = deps.clock ?? systemClock;
  }

  async list(principal: Principal | undefined, input: z.input<typeof listInput>): Promise<Page<Branch>> {
    requirePermission(principal, perm.branchesRead);
    const v = parseInput(listInput, input, 'query');
    const page = pageRequest(v.pageSize, v.pageToken);
    return toPage(await this.deps.store.branches.list({ ...page, limit: page.limit + 1 }), page.limit);
  }

  async get(principal: Principal | undefined, id: string): Promise<Branch> {
    requirePermission(principal, perm.branchesRead);
    const branch = await this.deps.store.branches.findById(requireUuid(id));
    if (!branch) throw notFound('branch', id);
    return branch;
  }

  async create(principal: Principal | undefined, input: z.input<typeof createInput>): Promise<Branch> {
    const caller = requirePermission(principal, perm.branchesWrite);
    if (caller.dataScope !== 'all') throw permissionDenied('creating branches needs data scope all');
    const v = parseInput(createInput, input, 'branch');
    const now = this.clock.now();
    const branch: Branch = {
      id: crypto.randomUUID(),
      code: v.code,
      name: v.name,
      address: v.address ?? null,
      phone: v.phone ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await this.deps.store.transaction(async (tx) => {
      await tx.record(
        {
          entityType: 'branch',
          verb: 'created',
          entityId: branch.id,
          branchId: branch.id,
          before: null,
          after: branch,
          publish: true,
        },
        actorOf(caller),
      );
      await tx.branches.insert(branch);
    });
    return branch;
  }

  async update(principal: Principal | undefined, input: z.input<typeof updateInput>): Promise<Branch> {
    const caller = requirePermission(principal, perm.branchesWrite);
    const v = parseInput(updateInput, input, 'branch');
    return this.deps.store.transaction(async (tx) => {
      const before = await tx.branches.findById(v.id, { forUpdate: true });
      if (!before) throw notFound('branch', v.id);
      if (!canWriteToBranch(caller, before.id)) throw permissionDenied('cannot change another branch');
      const after: Branch = { ...before, updatedAt: this.clock.now() };
      if (v.name !== undefined) after.name = v.name;
      if (v.address !== undefined) after.address = v.address;
      if (v.phone !== undefined) after.phone = v.phone;
      await tx.record(
        {
          entityType: 'branch',
          verb: 'updated',
          entityId: after.id,
          branchId: after.id,
          before,
          after,
          publish: true,
        },
        actorOf(caller),
      );
      await tx.branches.update(after);
      return after;
    });
  }
}
