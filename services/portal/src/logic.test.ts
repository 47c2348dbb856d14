import { describe, expect, it } from 'vitest';
import type { Department, Problem } from './api/types';
import { canAssignRole, groupPermissions, hasPermission } from './auth/permissions';
import { auditDiff } from './components/diff';
import { describeError, formPath, splitProblem } from './components/problem';
import { buildDepartmentTree, descendantIds } from './components/tree';
import { ApiError } from './api/client';
import { createTranslator } from './i18n/core';
import { NAVIGATION, navigationTrail, visibleNavigation } from './layout/navigation';

const ids = (items: { id: string; children?: { id: string }[] }[]): unknown =>
  items.map((i) => (i.children ? { [i.id]: ids(i.children) } : i.id));

describe('menu by permission', () => {
  it('shows everything for *', () => {
    expect(ids(visibleNavigation(NAVIGATION, ['*']))).toEqual([
      'home',
      {
        'customers-group': [
          'customers',
          'customer-pool',
          'customer-recycle-bin',
          'customer-import',
          'customer-churn',
          'customer-care',
          'customer-follow-ups',
          'customer-settings',
        ],
      },
      { system: ['users', 'roles', 'branches', 'departments', 'employees', 'sites', 'audit'] },
    ]);
  });

  it('drops items and empty groups the user may not see', () => {
    expect(ids(visibleNavigation(NAVIGATION, ['employees.read', 'departments.read']))).toEqual([
      'home',
      { system: ['departments', 'employees'] },
    ]);
    expect(ids(visibleNavigation(NAVIGATION, []))).toEqual(['home']);
    expect(hasPermission(['users.read'], 'users.write')).toBe(false);
  });

  it('finds the trail of a page', () => {
    expect(navigationTrail(NAVIGATION, '/system/roles').map((i) => i.id)).toEqual(['system', 'roles']);
    expect(navigationTrail(NAVIGATION, '/nowhere')).toEqual([]);
    // A page below a menu item belongs to it: a customer's detail page to the customer list.
    const detail = '/customers/0b6d5b1e-5a43-4c8e-9d1e-2f5b7c9a1d01';
    expect(navigationTrail(NAVIGATION, detail).map((i) => i.id)).toEqual(['customers-group', 'customers']);
    // …but the pool is its own item, not the list's.
    expect(navigationTrail(NAVIGATION, '/customers/pool').map((i) => i.id)).toEqual([
      'customers-group',
      'customer-pool',
    ]);
    expect(navigationTrail(NAVIGATION, '/system/sites/x').map((i) => i.id)).toEqual(['system', 'sites']);
    expect(navigationTrail(NAVIGATION, '/').map((i) => i.id)).toEqual(['home']);
    expect(navigationTrail(NAVIGATION, '/profile')).toEqual([]);
  });
});

describe('role assignment guard', () => {
  it('refuses wider scopes and permissions the caller lacks', () => {
    const supervisor = {
      permissions: ['customers.read', 'customers.create'],
      dataScope: 'DEPARTMENT_TREE' as const,
    };
    expect(canAssignRole(supervisor, { permissions: ['customers.read'], dataScope: 'OWN' })).toBe(true);
    expect(canAssignRole(supervisor, { permissions: ['customers.read'], dataScope: 'BRANCH' })).toBe(false);
    expect(canAssignRole(supervisor, { permissions: ['users.write'], dataScope: 'OWN' })).toBe(false);
    expect(canAssignRole(supervisor, { permissions: ['*'], dataScope: 'OWN' })).toBe(false);
    expect(
      canAssignRole({ permissions: ['*'], dataScope: 'ALL' }, { permissions: ['*'], dataScope: 'ALL' }),
    ).toBe(true);
  });

  it('groups the catalogue in order', () => {
    expect(
      groupPermissions([
        { key: 'users.read', group: 'users' },
        { key: 'roles.read', group: 'roles' },
        { key: 'users.write', group: 'users' },
      ]),
    ).toEqual([
      { group: 'users', keys: ['users.read', 'users.write'] },
      { group: 'roles', keys: ['roles.read'] },
    ]);
  });
});

describe('server problems in forms', () => {
  const problem: Problem = {
    type: 'x',
    title: 'Invalid request',
    status: 400,
    detail: 'user is invalid',
    code: 'INVALID_ARGUMENT',
    errors: [
      { field: 'username', message: 'already exists' },
      { field: 'address.city', message: 'is required' },
      { field: 'unknownThing', message: 'bad' },
    ],
  };

  it('routes errors to their fields, dotted names as paths', () => {
    const { fieldErrors, rest } = splitProblem(problem, ['username', 'address.city']);
    expect(fieldErrors).toEqual([
      { name: ['username'], errors: ['already exists'] },
      { name: ['address', 'city'], errors: ['is required'] },
    ]);
    expect(rest).toEqual([{ field: 'unknownThing', message: 'bad' }]);
  });

  it('routes the transcoder’s member paths (body.contacts[1].name) to the same fields', () => {
    const transcoded = {
      ...problem,
      errors: [
        { field: 'body.username', message: 'must be a string' },
        { field: 'body.address.city', message: 'is required' },
        { field: 'query.pageSize', message: 'must be an integer' },
      ],
    };
    const { fieldErrors, rest } = splitProblem(transcoded, ['username', 'address.city']);
    expect(fieldErrors).toEqual([
      { name: ['username'], errors: ['must be a string'] },
      { name: ['address', 'city'], errors: ['is required'] },
    ]);
    expect(rest).toEqual([{ field: 'query.pageSize', message: 'must be an integer' }]);
    expect(formPath('body.contacts[1].phones[0]')).toBe('contacts.1.phones.0');
    expect(formPath('body[2]')).toBe('2');
    expect(formPath('bodyWeight')).toBe('bodyWeight');
  });

  it('describes an error in the user language with the detail', () => {
    const zh = createTranslator('zh-CN');
    expect(
      describeError(
        zh,
        new ApiError(403, {
          ...problem,
          code: 'PERMISSION_DENIED',
          detail: 'missing permission users.write',
        }),
      ),
    ).toBe('没有权限执行此操作：missing permission users.write');
    expect(describeError(zh, new ApiError(0, { ...problem, code: 'NETWORK' }))).toBe(
      '无法连接服务器，请检查网络后重试',
    );
  });
});

describe('departments tree', () => {
  const d = (id: string, number: string, parentId: string | null): Department => ({
    id,
    number,
    parentId,
    branchId: 'b',
    name: id,
    createdAt: '',
    updatedAt: '',
  });
  const list = [
    d('sales', '02', null),
    d('east', '02-1', 'sales'),
    d('hq', '01', null),
    d('orphan', '09', 'gone'),
    d('east-a', '1', 'east'),
  ];

  it('builds a sorted forest', () => {
    const tree = buildDepartmentTree(list);
    expect(tree.map((n) => n.id)).toEqual(['hq', 'sales', 'orphan']);
    expect(tree[1]?.children?.[0]?.children?.[0]?.id).toBe('east-a');
  });

  it('finds descendants', () => {
    expect([...descendantIds(list, 'sales')].sort()).toEqual(['east', 'east-a', 'sales']);
  });
});

describe('audit diff', () => {
  it('flags changed, added and removed fields', () => {
    expect(auditDiff({ name: 'A', phone: '1', tags: ['x'] }, { name: 'B', phone: '1', email: 'e' })).toEqual([
      { field: 'name', before: 'A', after: 'B', changed: true },
      { field: 'phone', before: '1', after: '1', changed: false },
      { field: 'tags', before: '["x"]', after: '', changed: true },
      { field: 'email', before: '', after: 'e', changed: true },
    ]);
    expect(auditDiff(null, { a: null })).toEqual([{ field: 'a', before: '', after: 'null', changed: true }]);
  });
});

describe('audit action label', () => {
  it('translates known verbs and keeps the rest', async () => {
    const { auditActionLabel } = await import('./i18n/core');
    expect(auditActionLabel(createTranslator('zh-CN'), 'employee.created')).toBe('新建');
    expect(auditActionLabel(createTranslator('en-US'), 'site.key-rotated')).toBe('Key rotated');
    expect(auditActionLabel(createTranslator('zh-CN'), 'customer.merged')).toBe('customer.merged');
  });
});
