// identity's part of the demo data: the hatchery's two branches, their departments, a member of staff
// in every built-in role (with an account, a telephone extension and an employee record; the first
// password printed once by the runner), a few employees without an account, and an edge site at each
// branch's counter (its key printed once). Leaves `branches` (head office first), `departments`,
// `users` and `sites` for the parts after it.
import {
  defineDemoPart,
  forEachAtMost,
  randomPassword,
  type DemoBranch,
  type DemoContext,
  type DemoDepartment,
  type DemoSite,
  type DemoUser,
} from '@crm/demo';
import {
  BRANCHES,
  DEPARTMENTS,
  EMPLOYEES_WITHOUT_ACCOUNT,
  SITES,
  SPARE_NAMES,
  STAFF,
  type StaffPlan,
} from './organisation';

interface Page<T> {
  items: T[];
  nextPageToken: string | null;
}
interface Role {
  id: string;
  key: string | null;
  builtIn: boolean;
}

/** Argon2id hashes a password per new account: a few side by side keep both cores busy, no more. */
const ACCOUNTS_AT_ONCE = 3;

async function allOf<T>(ctx: DemoContext, path: string): Promise<T[]> {
  const items: T[] = [];
  let token: string | null = '';
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page: Page<T> = await ctx.api<Page<T>>(
      'GET',
      `${path}${separator}pageSize=200${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`,
    );
    items.push(...page.items);
    token = page.nextPageToken;
  } while (token);
  return items;
}

async function makeBranches(ctx: DemoContext): Promise<DemoBranch[]> {
  const existing = await allOf<DemoBranch>(ctx, '/branches');
  const branches: DemoBranch[] = [];
  for (const plan of BRANCHES) {
    const found = existing.find((branch) => branch.code === plan.code);
    const body = { name: plan.name, address: plan.address, phone: plan.phone };
    const branch = found
      ? await ctx.api<DemoBranch>('PATCH', `/branches/${found.id}`, body)
      : await ctx.api<DemoBranch>('POST', '/branches', { code: plan.code, ...body });
    branches.push({ id: branch.id, code: branch.code, name: branch.name });
  }
  return branches;
}

async function makeDepartments(ctx: DemoContext, branchId: (code: string) => string) {
  const departments: DemoDepartment[] = [];
  // Parents first: the list is in that order.
  for (const plan of DEPARTMENTS) {
    const parent = plan.parent
      ? departments.find((d) => d.branchId === branchId(plan.branch) && d.number === plan.parent)
      : undefined;
    const made = await ctx.api<DemoDepartment>('POST', '/departments', {
      branchId: branchId(plan.branch),
      number: plan.number,
      name: plan.name,
      parentId: parent?.id ?? null,
    });
    departments.push({
      id: made.id,
      branchId: made.branchId,
      number: made.number,
      name: made.name,
      parentId: made.parentId,
    });
  }
  return departments;
}

/** The staff: STAFF for the roles it knows, one more at the head office for each built-in role it does not. */
function staffFor(roles: Role[]): StaffPlan[] {
  const known = new Set(STAFF.map((s) => s.role));
  const others = roles.filter((r) => r.builtIn && r.key && !known.has(r.key));
  return [
    ...STAFF.filter((s) => roles.some((r) => r.key === s.role)),
    ...others.map((role, i) => ({
      username: `${(role.key as string).replace(/_/g, '-')}.demo`,
      name: SPARE_NAMES[i % SPARE_NAMES.length] as string,
      role: role.key as string,
      branch: 'HQ',
      department: null,
      extension: String(8900 + i),
      category: 'STAFF' as const,
      phone: `139 5510 ${String(2900 + i)}`,
    })),
  ];
}

export const demoPart = defineDemoPart({
  name: 'identity',
  async seed(ctx) {
    const branches = await makeBranches(ctx);
    const branchId = (code: string) => (branches.find((b) => b.code === code) as DemoBranch).id;
    const departments = await makeDepartments(ctx, branchId);
    const departmentId = (branch: string, number: string | null) =>
      number === null
        ? null
        : (departments.find((d) => d.branchId === branchId(branch) && d.number === number) as DemoDepartment)
            .id;
    // Every role at once (the list has no pages).
    const roles = (await ctx.api<Page<Role>>('GET', '/roles')).items;
    const staff = staffFor(roles);

    const users: DemoUser[] = [];
    await forEachAtMost(staff, ACCOUNTS_AT_ONCE, async (plan) => {
      const password = randomPassword(12, plan.username);
      const made = await ctx.api<{ id: string }>('POST', '/users', {
        username: plan.username,
        displayName: plan.name,
        password,
        branchId: branchId(plan.branch),
        departmentId: departmentId(plan.branch, plan.department),
        roleIds: [(roles.find((r) => r.key === plan.role) as Role).id],
        extension: plan.extension,
      });
      users.push({
        id: made.id,
        username: plan.username,
        role: plan.role,
        branchId: branchId(plan.branch),
        displayName: plan.name,
        departmentId: departmentId(plan.branch, plan.department),
        extension: plan.extension,
        password,
      });
    });
    // In the order of the plan (accounts were made side by side).
    users.sort(
      (a, b) =>
        staff.findIndex((s) => s.username === a.username) - staff.findIndex((s) => s.username === b.username),
    );

    const employees = [
      ...staff.map((plan) => ({
        ...plan,
        userId: users.find((u) => u.username === plan.username)?.id ?? null,
      })),
      ...EMPLOYEES_WITHOUT_ACCOUNT.map((plan) => ({ ...plan, userId: null })),
    ];
    await forEachAtMost(employees, 4, async (plan, i) => {
      await ctx.api('POST', '/employees', {
        number: `E${String(1001 + i)}`,
        name: plan.name,
        category: plan.category,
        phone: plan.phone,
        branchId: branchId(plan.branch),
        departmentId: departmentId(plan.branch, plan.department),
        userId: plan.userId,
      });
    });

    const sites: DemoSite[] = [];
    for (const plan of SITES) {
      const made = await ctx.api<{ site: { id: string; branchId: string; name: string }; siteKey: string }>(
        'POST',
        '/sites',
        { branchId: branchId(plan.branch), name: plan.name },
      );
      sites.push({ id: made.site.id, branchId: made.site.branchId, name: made.site.name, key: made.siteKey });
    }

    ctx.shared.set('branches', branches);
    ctx.shared.set('departments', departments);
    ctx.shared.set('users', users);
    ctx.shared.set('sites', sites);
    const roleCount = new Set(users.map((u) => u.role)).size;
    ctx.log(
      `${branches.length} branches (${branches.map((b) => b.name).join(', ')}), ${departments.length} departments, ` +
        `${users.length} staff in ${roleCount} roles, ${employees.length} employees, ${sites.length} edge sites`,
    );
  },
});
