import type { DataScope, Principal } from '@crm/auth';
import {
  assertCanGrant,
  assertCanManageUser,
  buildPrincipal,
  listBranchFilter,
  permissionUnion,
  scopeRank,
  widestScope,
} from '../src/domain/access-rules';
import { builtInRoles, permissionCatalogue } from '../src/domain/permission-catalogue';

const role = (permissions: string[], dataScope: DataScope, name = 'r') => ({ name, permissions, dataScope });
const caller = (permissions: string[], dataScope: DataScope, branchId = 'b1'): Principal => ({
  kind: 'user',
  userId: 'u-caller',
  roles: [],
  permissions,
  branchId,
  dataScope,
});
const builtIn = (key: string) => builtInRoles.find((r) => r.key === key)!;

describe('data scopes', () => {
  it('rank own < department < department_tree < branch < all', () => {
    const order: DataScope[] = ['own', 'department', 'department_tree', 'branch', 'all'];
    expect([...order].sort((a, b) => scopeRank(a) - scopeRank(b))).toEqual(order);
  });

  it('the widest wins; no role means own', () => {
    expect(widestScope(['own', 'branch', 'department_tree'])).toBe('branch');
    expect(widestScope(['department', 'department_tree'])).toBe('department_tree');
    expect(widestScope([])).toBe('own');
  });
});

describe('permission union', () => {
  it('is the sorted union without duplicates', () => {
    expect(
      permissionUnion([
        role(['customers.read', 'users.read'], 'own'),
        role(['customers.read', 'analytics.read'], 'own'),
      ]),
    ).toEqual(['analytics.read', 'customers.read', 'users.read']);
  });

  it('collapses to * when any role grants everything', () => {
    expect(permissionUnion([role(['customers.read'], 'own'), role(['*'], 'all')])).toEqual(['*']);
  });
});

describe('buildPrincipal', () => {
  const user = { id: 'u1', username: 'zhang', branchId: 'b1', departmentId: 'd1' };

  it('combines the roles and carries the department tree', () => {
    const p = buildPrincipal(
      user,
      [
        {
          id: 'r1',
          key: 'account_manager',
          permissions: builtIn('account_manager').permissions,
          dataScope: 'own',
        },
        { id: 'r2', key: null, permissions: ['analytics.read'], dataScope: 'department_tree' },
      ],
      ['d1', 'd1a', 'd1b'],
    );
    expect(p).toEqual({
      kind: 'user',
      userId: 'u1',
      username: 'zhang',
      roles: ['account_manager', 'r2'],
      permissions: [
        'analytics.read',
        'customers.cards',
        'customers.claim',
        'customers.create',
        'customers.read',
        'customers.update',
      ],
      branchId: 'b1',
      departmentId: 'd1',
      departmentTree: ['d1', 'd1a', 'd1b'],
      dataScope: 'department_tree',
    });
  });

  it('has no department fields without a department, and nothing without roles', () => {
    const p = buildPrincipal({ ...user, departmentId: null }, [], []);
    expect(p).toMatchObject({ permissions: [], dataScope: 'own', roles: [] });
    expect(p).not.toHaveProperty('departmentId');
    expect(p).not.toHaveProperty('departmentTree');
  });
});

describe('no privilege escalation', () => {
  const branchAdmin = caller(
    [
      'users.read',
      'users.write',
      'customers.read',
      'customers.create',
      'customers.update',
      'customers.cards',
      'customers.claim',
    ],
    'branch',
  );

  it('allows roles within the caller’s permissions and scope', () => {
    expect(() =>
      assertCanGrant(branchAdmin, [builtIn('account_manager'), builtIn('service_staff'), builtIn('driver')]),
    ).not.toThrow();
  });

  it.each([
    ['a permission the caller lacks', role(['customers.delete'], 'own')],
    ['everything (*)', builtIn('system_admin')],
    ['a wider scope', role(['customers.read'], 'all')],
    ['executive (all *.read, scope all)', builtIn('executive')],
    ['sales supervisor (customers.*)', builtIn('sales_supervisor')],
  ])('refuses %s', (_name, r) => {
    expect(() => assertCanGrant(branchAdmin, [r])).toThrow(
      expect.objectContaining({ code: 'PERMISSION_DENIED' }),
    );
  });

  it('only * grants *; * grants every catalogue permission', () => {
    const admin = caller(['*'], 'all');
    expect(() =>
      assertCanGrant(admin, [builtIn('system_admin'), role([...permissionCatalogue], 'all')]),
    ).not.toThrow();
    const almost = caller([...permissionCatalogue], 'all');
    expect(() => assertCanGrant(almost, [builtIn('system_admin')])).toThrow(
      expect.objectContaining({ code: 'PERMISSION_DENIED' }),
    );
  });

  it('lets a caller manage only users it dominates, in its branch', () => {
    const clerk = { id: 'u2', branchId: 'b1' };
    expect(() => assertCanManageUser(branchAdmin, clerk, [builtIn('account_manager')])).not.toThrow();
    expect(() => assertCanManageUser(branchAdmin, clerk, [builtIn('executive')])).toThrow(
      expect.objectContaining({ code: 'PERMISSION_DENIED' }),
    );
    expect(() => assertCanManageUser(branchAdmin, { id: 'u3', branchId: 'b2' }, [])).toThrow(
      expect.objectContaining({ code: 'PERMISSION_DENIED' }),
    );
  });

  it('limits list filters to the caller’s branch unless its scope is all', () => {
    expect(listBranchFilter(branchAdmin, undefined)).toBe('b1');
    expect(listBranchFilter(branchAdmin, 'b1')).toBe('b1');
    expect(listBranchFilter(branchAdmin, 'b2')).toBeNull();
    expect(listBranchFilter(caller(['*'], 'all'), 'b2')).toBe('b2');
    expect(listBranchFilter(caller(['*'], 'all'), undefined)).toBeUndefined();
  });
});

describe('built-in roles', () => {
  it('are exactly the contract’s', () => {
    const byKey = Object.fromEntries(builtInRoles.map((r) => [r.key, r]));
    expect(Object.keys(byKey)).toEqual([
      'system_admin',
      'executive',
      'sales_supervisor',
      'account_manager',
      'service_staff',
      'driver',
    ]);
    expect(byKey.system_admin).toMatchObject({ permissions: ['*'], dataScope: 'all' });
    expect(byKey.executive!.permissions).toEqual(permissionCatalogue.filter((p) => p.endsWith('.read')));
    expect(byKey.executive!.dataScope).toBe('all');
    expect([...byKey.sales_supervisor!.permissions].sort()).toEqual([
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
    expect(byKey.sales_supervisor!.dataScope).toBe('department_tree');
    expect(byKey.account_manager).toMatchObject({
      permissions: [
        'customers.read',
        'customers.create',
        'customers.update',
        'customers.cards',
        'customers.claim',
      ],
      dataScope: 'own',
    });
    expect(byKey.service_staff).toMatchObject({
      permissions: ['customers.read', 'customers.cards'],
      dataScope: 'branch',
    });
    expect(byKey.driver).toMatchObject({ permissions: ['customers.read'], dataScope: 'own' });
  });
});
