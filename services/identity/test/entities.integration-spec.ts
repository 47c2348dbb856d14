/**
 * Users, roles, branches, departments, employees and sites through gRPC against the real servers:
 * CRUD, branch data scope (R-ID-3), no privilege escalation (R-ID-4), employee search in Chinese
 * (R-ID-2), site keys (R-ID-5), and bad input answered INVALID_ARGUMENT with nothing stored.
 */
import type { identityV1Types as t } from '@crm/proto';
import {
  ADMIN_PASSWORD,
  codeOf,
  count,
  workingSession,
  rpc,
  startIdentityKit,
  type IdentityKit,
} from './support/identity-test-kit';
import { testPassword } from '@crm/testing';

const TAKEOVER_PASSWORD = testPassword();
const SHORT_PASSWORD = 'x'.repeat(5);

let kit: IdentityKit;
let admin = '';
let east: t.Branch__Output;
let west: t.Branch__Output;
let branchAdminRole: t.Role__Output;
let builtIn: Record<string, t.Role__Output>;
let eastAdmin: { token: string; user: t.User__Output };
let westAdmin: { token: string; user: t.User__Output };

const c = () => kit.clients;
const PASSWORD = testPassword();

async function createUser(token: string, username: string, branchId: string, roleIds: string[]) {
  const { users } = c();
  const { user } = await rpc(token, users.createUser.bind(users), {
    username,
    displayName: username,
    password: PASSWORD,
    branchId,
    roleIds,
  });
  return user!;
}

beforeAll(async () => {
  kit = await startIdentityKit({ CRM_ADMIN_PASSWORD: ADMIN_PASSWORD });
  admin = (await workingSession(kit, 'admin', ADMIN_PASSWORD)).accessToken;
  const { branches, roles } = c();
  east = (
    await rpc(admin, branches.createBranch.bind(branches), {
      code: 'east',
      name: '东区分公司',
      phone: '021-5555 0101',
    })
  ).branch!;
  west = (await rpc(admin, branches.createBranch.bind(branches), { code: 'west', name: '西区分公司' }))
    .branch!;
  builtIn = Object.fromEntries(
    (await rpc(admin, roles.listRoles.bind(roles), {})).roles.map((r) => [r.key, r]),
  );
  branchAdminRole = (
    await rpc(admin, roles.createRole.bind(roles), {
      name: '分公司管理员',
      description: 'Runs one branch',
      permissions: [
        'users.read',
        'users.write',
        'roles.read',
        'branches.read',
        'branches.write',
        'departments.read',
        'departments.write',
        'employees.read',
        'employees.write',
        'sites.read',
        'sites.write',
        'audit.read',
        'customers.read',
        'customers.create',
        'customers.update',
        'customers.cards',
        'customers.claim',
      ],
      dataScope: 'DATA_SCOPE_BRANCH',
    })
  ).role!;
  const eastUser = await createUser(admin, 'east.admin', east.id, [branchAdminRole.id]);
  const westUser = await createUser(admin, 'west.admin', west.id, [branchAdminRole.id]);
  eastAdmin = { token: (await workingSession(kit, 'east.admin', PASSWORD)).accessToken, user: eastUser };
  westAdmin = { token: (await workingSession(kit, 'west.admin', PASSWORD)).accessToken, user: westUser };
}, 30_000);

afterAll(async () => {
  await kit?.stop();
});

describe('branches', () => {
  it('are created by scope all only, with unique codes, and edited only by their own administrators', async () => {
    const { branches } = c();
    expect(
      await codeOf(
        rpc(eastAdmin.token, branches.createBranch.bind(branches), { code: 'north', name: '北区' }),
      ),
    ).toBe('PERMISSION_DENIED');
    const dup = await rpc(admin, branches.createBranch.bind(branches), { code: 'EAST', name: 'again' }).catch(
      (e) => e,
    );
    expect(dup).toMatchObject({
      code: 'ALREADY_EXISTS',
      violations: [{ field: 'code', message: 'already exists' }],
    });
    const updated = await rpc(eastAdmin.token, branches.updateBranch.bind(branches), {
      id: east.id,
      address: '上海市浦东新区',
    });
    expect(updated.branch).toMatchObject({
      name: '东区分公司',
      address: '上海市浦东新区',
      phone: '021-5555 0101',
    });
    const cleared = await rpc(eastAdmin.token, branches.updateBranch.bind(branches), {
      id: east.id,
      phone: '',
    });
    // A cleared value is unset (the field has presence), not an empty string.
    expect(cleared.branch).toMatchObject({ address: '上海市浦东新区' });
    expect(cleared.branch?.phone).toBeUndefined();
    expect(
      await codeOf(rpc(eastAdmin.token, branches.updateBranch.bind(branches), { id: west.id, name: 'x' })),
    ).toBe('PERMISSION_DENIED');
    const list = await rpc(eastAdmin.token, branches.listBranches.bind(branches), {});
    expect(list.branches.map((b) => b.code)).toEqual(['HQ', 'east', 'west']);
  });
});

describe('users', () => {
  it('of another branch cannot be seen, listed, changed or created by a branch administrator', async () => {
    const { users } = c();
    const westClerk = await createUser(westAdmin.token, 'west.clerk', west.id, [builtIn.account_manager!.id]);
    expect(await codeOf(rpc(eastAdmin.token, users.getUser.bind(users), { id: westClerk.id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await codeOf(
        rpc(eastAdmin.token, users.updateUser.bind(users), { id: westClerk.id, displayName: 'hijacked' }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(
        rpc(eastAdmin.token, users.resetUserPassword.bind(users), {
          id: westClerk.id,
          newPassword: PASSWORD,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await codeOf(createUser(eastAdmin.token, 'sneaky', west.id, [builtIn.account_manager!.id]))).toBe(
      'PERMISSION_DENIED',
    );
    const listed = await rpc(eastAdmin.token, users.listUsers.bind(users), {});
    expect(listed.users.map((u) => u.username)).toEqual(['east.admin']);
    expect((await rpc(eastAdmin.token, users.listUsers.bind(users), { branchId: west.id })).users).toEqual(
      [],
    );
    // Scope all sees every branch and filters by one.
    const all = await rpc(admin, users.listUsers.bind(users), { q: 'WEST' });
    expect(all.users.map((u) => u.username).sort()).toEqual(['west.admin', 'west.clerk']);
  });

  it('are created, changed and paged within the branch', async () => {
    const { users, departments } = c();
    const sales = (
      await rpc(eastAdmin.token, departments.createDepartment.bind(departments), {
        branchId: east.id,
        number: 'S',
        name: '销售部',
      })
    ).department!;
    const made = [];
    for (const n of [1, 2, 3])
      made.push(await createUser(eastAdmin.token, `east.sales${n}`, east.id, [builtIn.account_manager!.id]));
    const changed = await rpc(eastAdmin.token, users.updateUser.bind(users), {
      id: made[0]!.id,
      displayName: '张经理',
      departmentId: sales.id,
      roleIds: { values: [builtIn.service_staff!.id] },
    });
    expect(changed.user).toMatchObject({
      displayName: '张经理',
      departmentId: sales.id,
      roles: [{ key: 'service_staff' }],
    });
    const cleared = await rpc(eastAdmin.token, users.updateUser.bind(users), {
      id: made[0]!.id,
      departmentId: '',
    });
    expect(cleared.user).toMatchObject({ displayName: '张经理' });
    expect(cleared.user?.departmentId).toBeUndefined();
    const first = await rpc(eastAdmin.token, users.listUsers.bind(users), { q: 'east.sales', pageSize: 2 });
    expect(first.users.map((u) => u.username)).toEqual(['east.sales3', 'east.sales2']);
    const second = await rpc(eastAdmin.token, users.listUsers.bind(users), {
      q: 'east.sales',
      pageToken: first.nextPageToken,
    });
    expect(second).toEqual({
      users: [expect.objectContaining({ username: 'east.sales1' })],
      nextPageToken: '',
    });
    const dup = await createUser(eastAdmin.token, 'EAST.SALES1', east.id, []).catch((e) => e);
    expect(dup).toMatchObject({ code: 'ALREADY_EXISTS', violations: [{ field: 'username' }] });
  });
});

describe('no privilege escalation', () => {
  it('refuses roles with permissions or a scope the caller does not have', async () => {
    const { users } = c();
    for (const key of ['system_admin', 'executive', 'sales_supervisor']) {
      // system_admin has *, executive has scope all, sales_supervisor has customers.delete.
      expect({
        key,
        code: await codeOf(createUser(eastAdmin.token, `x.${key}`, east.id, [builtIn[key]!.id])),
      }).toEqual({
        key,
        code: 'PERMISSION_DENIED',
      });
    }
    const clerk = await createUser(eastAdmin.token, 'east.clerk', east.id, [builtIn.account_manager!.id]);
    expect(
      await codeOf(
        rpc(eastAdmin.token, users.updateUser.bind(users), {
          id: clerk.id,
          roleIds: { values: [builtIn.system_admin!.id] },
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    expect(await count(kit, 'users', "username LIKE 'x.%'")).toBe(0);
  });

  it('lets nobody change their own roles, nor take over a more powerful account', async () => {
    const { users } = c();
    expect(
      await codeOf(
        rpc(eastAdmin.token, users.updateUser.bind(users), {
          id: eastAdmin.user.id,
          roleIds: { values: [branchAdminRole.id] },
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    // An executive of the same branch: the branch administrator cannot reset its password or disable it.
    const exec = await createUser(admin, 'east.exec', east.id, [builtIn.executive!.id]);
    expect(
      await codeOf(
        rpc(eastAdmin.token, users.resetUserPassword.bind(users), {
          id: exec.id,
          newPassword: TAKEOVER_PASSWORD,
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    expect(
      await codeOf(rpc(eastAdmin.token, users.updateUser.bind(users), { id: exec.id, disabled: true })),
    ).toBe('PERMISSION_DENIED');
    expect(
      await codeOf(
        rpc(eastAdmin.token, users.updateUser.bind(users), { id: eastAdmin.user.id, disabled: true }),
      ),
    ).toBe('PERMISSION_DENIED');
  });

  it('refuses roles shaped beyond the caller’s rights, and built-in roles are immutable', async () => {
    const { roles } = c();
    const roleWriter = (
      await rpc(admin, roles.createRole.bind(roles), {
        name: 'Role writer',
        permissions: ['roles.read', 'roles.write', 'customers.read'],
        dataScope: 'DATA_SCOPE_BRANCH',
      })
    ).role!;
    await createUser(admin, 'east.roles', east.id, [roleWriter.id]);
    const token = (await workingSession(kit, 'east.roles', PASSWORD)).accessToken;
    const create = (permissions: string[], dataScope: t.DataScope) =>
      codeOf(
        rpc(token, roles.createRole.bind(roles), {
          name: `r-${permissions.join()}-${dataScope}`,
          permissions,
          dataScope,
        }),
      );
    expect(await create(['*'], 'DATA_SCOPE_OWN')).toBe('PERMISSION_DENIED');
    expect(await create(['users.write'], 'DATA_SCOPE_OWN')).toBe('PERMISSION_DENIED');
    expect(await create(['customers.read'], 'DATA_SCOPE_ALL')).toBe('PERMISSION_DENIED');
    expect(await create(['customers.read'], 'DATA_SCOPE_BRANCH')).toBe('OK');
    // Editing a role it could not have made is refused too (it would escalate its holders).
    expect(
      await codeOf(rpc(token, roles.updateRole.bind(roles), { id: branchAdminRole.id, name: 'x' })),
    ).toBe('PERMISSION_DENIED');
    expect(
      await codeOf(rpc(admin, roles.updateRole.bind(roles), { id: builtIn.driver!.id, name: 'x' })),
    ).toBe('FAILED_PRECONDITION');
    expect(await codeOf(rpc(admin, roles.deleteRole.bind(roles), { id: builtIn.driver!.id }))).toBe(
      'FAILED_PRECONDITION',
    );
  });
});

describe('roles', () => {
  it('are created, changed and deleted, but not while assigned', async () => {
    const { roles } = c();
    const catalogue = await rpc(admin, roles.listPermissions.bind(roles), {});
    expect(catalogue.permissions).toContainEqual({ key: 'customers.delete', group: 'customers' });
    expect(catalogue.permissions).toHaveLength(26);
    const role = (
      await rpc(admin, roles.createRole.bind(roles), {
        name: '质检员',
        permissions: ['customers.read'],
        dataScope: 'DATA_SCOPE_DEPARTMENT',
      })
    ).role!;
    expect(role).toMatchObject({ builtIn: false, dataScope: 'DATA_SCOPE_DEPARTMENT' });
    expect(role.key).toBeUndefined();
    const changed = await rpc(admin, roles.updateRole.bind(roles), {
      id: role.id,
      permissions: { values: ['customers.read', 'analytics.read'] },
      dataScope: 'DATA_SCOPE_DEPARTMENT_TREE',
    });
    expect(changed.role).toMatchObject({ name: '质检员', permissions: ['analytics.read', 'customers.read'] });
    expect(
      await codeOf(
        rpc(admin, roles.createRole.bind(roles), {
          name: '质检员',
          permissions: [],
          dataScope: 'DATA_SCOPE_OWN',
        }),
      ),
    ).toBe('ALREADY_EXISTS');
    expect(await codeOf(rpc(admin, roles.deleteRole.bind(roles), { id: branchAdminRole.id }))).toBe(
      'FAILED_PRECONDITION',
    );
    await rpc(admin, roles.deleteRole.bind(roles), { id: role.id });
    expect(await codeOf(rpc(admin, roles.getRole.bind(roles), { id: role.id }))).toBe('NOT_FOUND');
  });

  it('make up the principal: union of permissions, widest scope, department tree', async () => {
    const { departments, users, auth } = c();
    const dep = (number: string, parentId = '') =>
      rpc(admin, departments.createDepartment.bind(departments), {
        branchId: east.id,
        number,
        name: number,
        parentId,
      }).then((r) => r.department!);
    const top = await dep('T1');
    const mid = await dep('T1.1', top.id);
    const leaf = await dep('T1.1.1', mid.id);
    const user = await createUser(admin, 'east.super', east.id, [
      builtIn.sales_supervisor!.id,
      builtIn.service_staff!.id,
    ]);
    await rpc(admin, users.updateUser.bind(users), { id: user.id, departmentId: mid.id });
    const session = await workingSession(kit, 'east.super', PASSWORD);
    expect(session.user).toMatchObject({ dataScope: 'DATA_SCOPE_BRANCH', departmentId: mid.id });
    expect(session.user!.permissions).toEqual([
      'analytics.read',
      'customers.cards',
      'customers.claim',
      'customers.create',
      'customers.delete',
      'customers.export',
      'customers.import',
      'customers.read',
      'customers.review',
      'customers.transfer',
      'customers.update',
      'departments.read',
      'employees.read',
      'users.read',
    ]);
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({
      scp: 'branch',
      dep: mid.id,
      br: east.id,
      rol: ['sales_supervisor', 'service_staff'],
    });
    expect(claims.dtr.sort()).toEqual([mid.id, leaf.id].sort());
    expect((await rpc(session.accessToken, auth.getMe.bind(auth), {})).me?.permissions).toEqual(
      session.user!.permissions,
    );
  });
});

describe('departments', () => {
  it('form a tree per branch: unique numbers, no cycles, no delete while in use, invisible to other branches', async () => {
    const { departments, employees } = c();
    const create = (number: string, parentId = '', token = eastAdmin.token, branchId = east.id) =>
      rpc(token, departments.createDepartment.bind(departments), {
        branchId,
        number,
        name: `部门${number}`,
        parentId,
      }).then((r) => r.department!);
    const a = await create('D1');
    const b = await create('D1-1', a.id);
    expect(await codeOf(create('D1'))).toBe('ALREADY_EXISTS');
    expect(
      await codeOf(
        rpc(eastAdmin.token, departments.updateDepartment.bind(departments), { id: a.id, parentId: b.id }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      await codeOf(
        rpc(eastAdmin.token, departments.updateDepartment.bind(departments), { id: a.id, parentId: a.id }),
      ),
    ).toBe('INVALID_ARGUMENT');
    const westDep = await create('W1', '', westAdmin.token, west.id);
    expect(await codeOf(create('D2', westDep.id))).toBe('INVALID_ARGUMENT'); // parent of another branch
    expect(
      await codeOf(rpc(eastAdmin.token, departments.getDepartment.bind(departments), { id: westDep.id })),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(rpc(eastAdmin.token, departments.deleteDepartment.bind(departments), { id: westDep.id })),
    ).toBe('NOT_FOUND');
    expect(await codeOf(create('E1', '', eastAdmin.token, west.id))).toBe('PERMISSION_DENIED');
    const listed = await rpc(eastAdmin.token, departments.listDepartments.bind(departments), {
      pageSize: 200,
    });
    expect(listed.departments.every((d) => d.branchId === east.id)).toBe(true);
    expect(listed.departments.map((d) => d.number)).toEqual(expect.arrayContaining(['D1', 'D1-1']));

    expect(
      await codeOf(rpc(eastAdmin.token, departments.deleteDepartment.bind(departments), { id: a.id })),
    ).toBe('FAILED_PRECONDITION');
    await rpc(eastAdmin.token, employees.createEmployee.bind(employees), {
      number: 'E-D1-1',
      name: '赵六',
      category: 'EMPLOYEE_CATEGORY_STAFF',
      branchId: east.id,
      departmentId: b.id,
    });
    expect(
      await codeOf(rpc(eastAdmin.token, departments.deleteDepartment.bind(departments), { id: b.id })),
    ).toBe('FAILED_PRECONDITION');
    const moved = await rpc(eastAdmin.token, departments.updateDepartment.bind(departments), {
      id: b.id,
      parentId: '',
    });
    expect(moved.department).toBeDefined();
    expect(moved.department?.parentId).toBeUndefined();
    await rpc(eastAdmin.token, departments.deleteDepartment.bind(departments), { id: a.id });
    expect(await count(kit, 'departments', 'id = $1', [a.id])).toBe(0);
  });
});

describe('employees', () => {
  it('are found by a Chinese name substring, number or phone, within the caller’s branch', async () => {
    const { employees } = c();
    const add = (number: string, name: string, phone = '', token = eastAdmin.token, branchId = east.id) =>
      rpc(token, employees.createEmployee.bind(employees), {
        number,
        name,
        category: 'EMPLOYEE_CATEGORY_SALES',
        phone,
        email: `${number.toLowerCase()}@example.com`,
        branchId,
      }).then((r) => r.employee!);
    const zhang = await add('E001', '张三丰', '138 0013 8000');
    await add('E002', '李四', '139 0000 1111');
    await add('E003', 'Zhang Wei', '');
    const westZhang = await add('W001', '张无忌', '', westAdmin.token, west.id);
    const search = async (q: string, token = eastAdmin.token) =>
      (await rpc(token, employees.listEmployees.bind(employees), { q })).employees.map((e) => e.name).sort();
    expect(await search('张')).toEqual(['张三丰']);
    expect(await search('三丰')).toEqual(['张三丰']);
    expect(await search('zhang')).toEqual(['Zhang Wei']);
    expect(await search('e002')).toEqual(['李四']);
    expect(await search('0013')).toEqual(['张三丰']);
    expect(await search('%')).toEqual([]); // wildcards are literal
    expect(await search('张', admin)).toEqual(['张三丰', '张无忌']);
    expect(
      await codeOf(rpc(eastAdmin.token, employees.getEmployee.bind(employees), { id: westZhang.id })),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(
        rpc(eastAdmin.token, employees.updateEmployee.bind(employees), { id: westZhang.id, name: '改名' }),
      ),
    ).toBe('NOT_FOUND');
    expect(await codeOf(add('E001', '重复'))).toBe('ALREADY_EXISTS');

    const updated = await rpc(eastAdmin.token, employees.updateEmployee.bind(employees), {
      id: zhang.id,
      category: 'EMPLOYEE_CATEGORY_MANAGER',
      phone: '',
      address: '杭州市西湖区',
    });
    expect(updated.employee).toMatchObject({
      name: '张三丰',
      category: 'EMPLOYEE_CATEGORY_MANAGER',
      address: '杭州市西湖区',
    });
    expect(updated.employee?.phone).toBeUndefined();
    await rpc(eastAdmin.token, employees.deleteEmployee.bind(employees), { id: zhang.id });
    expect(await search('张')).toEqual([]);
  });

  it('use the trigram index for name search', async () => {
    const { rows } = await kit.db.pool.query(
      "SELECT indexdef FROM pg_indexes WHERE tablename = 'employees' AND indexname = 'employees_name_trgm_idx'",
    );
    expect(rows[0]?.indexdef).toContain('gin (name gin_trgm_ops)');
  });
});

describe('sites', () => {
  it('get a key shown once, verified, rotated and revoked', async () => {
    const { sites } = c();
    const created = await rpc(eastAdmin.token, sites.createSite.bind(sites), {
      branchId: east.id,
      name: '东区门店一号',
    });
    const { site, siteKey } = created;
    expect(siteKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(site).toMatchObject({ branchId: east.id, keyPrefix: siteKey.slice(0, 8) });
    expect([site?.lastSeenAt, site?.revokedAt, site?.rotatedAt]).toEqual([undefined, undefined, undefined]);
    const { rows } = await kit.db.pool.query('SELECT key_hash FROM sites WHERE id = $1', [site!.id]);
    expect(rows[0].key_hash).toHaveLength(32);
    expect(JSON.stringify(await kit.db.pool.query('SELECT * FROM audit_entries'))).not.toContain(siteKey);

    const verify = (siteId: string, key: string) =>
      rpc(undefined, sites.verifySiteKey.bind(sites), { siteId, siteKey: key });
    const ok = await verify(site!.id, siteKey);
    expect(ok).toMatchObject({ site: { id: site!.id }, branch: { id: east.id, code: 'east' } });
    expect(ok.site?.lastSeenAt).toEqual(expect.any(String));
    const seen = (await kit.db.pool.query('SELECT last_seen_at FROM sites WHERE id = $1', [site!.id])).rows[0]
      .last_seen_at;
    await verify(site!.id, siteKey); // within a minute: not written again
    expect(
      (await kit.db.pool.query('SELECT last_seen_at FROM sites WHERE id = $1', [site!.id])).rows[0]
        .last_seen_at,
    ).toEqual(seen);
    expect(await codeOf(verify(site!.id, `${siteKey.slice(0, -1)}x`))).toBe('UNAUTHENTICATED');
    // Refused by the handler before the use case: an id is a UUID (the gateway refuses the site too).
    expect(await codeOf(verify('not-a-uuid', siteKey))).toBe('INVALID_ARGUMENT');

    expect(await codeOf(rpc(westAdmin.token, sites.getSite.bind(sites), { id: site!.id }))).toBe('NOT_FOUND');
    expect(await codeOf(rpc(westAdmin.token, sites.revokeSite.bind(sites), { id: site!.id }))).toBe(
      'NOT_FOUND',
    );
    expect((await rpc(westAdmin.token, sites.listSites.bind(sites), {})).sites).toEqual([]);

    const rotated = await rpc(eastAdmin.token, sites.rotateSiteKey.bind(sites), { id: site!.id });
    expect(rotated.siteKey).not.toBe(siteKey);
    expect(rotated.site?.rotatedAt).toEqual(expect.any(String));
    expect(await codeOf(verify(site!.id, siteKey))).toBe('UNAUTHENTICATED');
    await expect(verify(site!.id, rotated.siteKey)).resolves.toBeDefined();

    const revoked = await rpc(eastAdmin.token, sites.revokeSite.bind(sites), { id: site!.id });
    expect(revoked.site?.revokedAt).toEqual(expect.any(String));
    expect(await codeOf(verify(site!.id, rotated.siteKey))).toBe('UNAUTHENTICATED');
    expect(await codeOf(rpc(eastAdmin.token, sites.rotateSiteKey.bind(sites), { id: site!.id }))).toBe(
      'FAILED_PRECONDITION',
    );
  });
});

describe('bad input', () => {
  it('is INVALID_ARGUMENT and stores nothing', async () => {
    const { users, branches, departments, employees, roles, sites } = c();
    const tables = [
      'users',
      'branches',
      'departments',
      'employees',
      'roles',
      'sites',
      'audit_entries',
      'outbox',
    ];
    const before = await Promise.all(tables.map((table) => count(kit, table)));
    const long = '名'.repeat(10_000);
    const sql = "x'); DROP TABLE users; --";
    const cases: [string, Promise<unknown>, string?][] = [
      ['long username', createUser(admin, 'u'.repeat(65), east.id, []), 'username'],
      ['sql username', createUser(admin, sql, east.id, []), 'username'],
      [
        'short password',
        rpc(admin, users.createUser.bind(users), {
          username: 'p.short',
          displayName: 'p',
          password: SHORT_PASSWORD,
          branchId: east.id,
        }),
        'password',
      ],
      ['not a uuid', rpc(admin, users.getUser.bind(users), { id: sql }), 'id'],
      ['bad role id', createUser(admin, 'bad.role', east.id, [sql]), 'roleIds.0'],
      [
        'long branch name',
        rpc(admin, branches.createBranch.bind(branches), { code: 'long', name: long }),
        'name',
      ],
      ['sql branch code', rpc(admin, branches.createBranch.bind(branches), { code: sql, name: 'x' }), 'code'],
      [
        'control characters',
        rpc(admin, branches.createBranch.bind(branches), { code: 'ctl', name: 'a\u0000b' }),
        'name',
      ],
      [
        'bad phone',
        rpc(admin, branches.createBranch.bind(branches), { code: 'ph', name: 'x', phone: sql }),
        'phone',
      ],
      [
        'department without branch',
        rpc(admin, departments.createDepartment.bind(departments), { number: '1', name: 'x' }),
        'branchId',
      ],
      [
        'unspecified category',
        rpc(admin, employees.createEmployee.bind(employees), { number: 'N', name: 'x', branchId: east.id }),
        'category',
      ],
      [
        'bad e-mail',
        rpc(admin, employees.createEmployee.bind(employees), {
          number: 'N',
          name: 'x',
          category: 'EMPLOYEE_CATEGORY_STAFF',
          email: 'nope',
          branchId: east.id,
        }),
        'email',
      ],
      ['long search', rpc(admin, employees.listEmployees.bind(employees), { q: long }), 'q'],
      [
        'unknown permission',
        rpc(admin, roles.createRole.bind(roles), {
          name: 'x',
          permissions: ['root'],
          dataScope: 'DATA_SCOPE_OWN',
        }),
        'permissions.0',
      ],
      [
        'unspecified scope',
        rpc(admin, roles.createRole.bind(roles), { name: 'x', permissions: [] }),
        'dataScope',
      ],
      ['long site name', rpc(admin, sites.createSite.bind(sites), { branchId: east.id, name: long }), 'name'],
      ['page size', rpc(admin, users.listUsers.bind(users), { pageSize: 201 }), 'pageSize'],
      ['page token', rpc(admin, users.listUsers.bind(users), { pageToken: sql }), 'pageToken'],
      [
        'unknown branch',
        createUser(admin, 'no.branch', '00000000-0000-4000-8000-000000000000', []),
        'branchId',
      ],
    ];
    for (const [name, promise, field] of cases) {
      const err = (await promise.then(
        () => ({ code: 'OK', violations: [] }),
        (e) => e,
      )) as {
        code: string;
        violations: { field: string }[];
      };
      expect({ name, code: err.code }).toEqual({ name, code: 'INVALID_ARGUMENT' });
      if (field)
        expect({ name, fields: err.violations.map((v) => v.field) }).toEqual({
          name,
          fields: expect.arrayContaining([field]),
        });
    }
    expect(await Promise.all(tables.map((table) => count(kit, table)))).toEqual(before);
    expect(await count(kit, 'users', 'username = $1', [sql])).toBe(0);
  });
});
