import { DomainError } from '@crm/errors';
import { canSee, requirePermission, scopeCondition, type Principal } from '../src';

const base: Principal = {
  kind: 'user',
  userId: 'u1',
  roles: ['account_manager'],
  permissions: ['customers.read'],
  branchId: 'b1',
  departmentId: 'd1',
  departmentTree: ['d1', 'd1a'],
  dataScope: 'own',
};

const rows = {
  mine: { branchId: 'b1', ownerId: 'u1', departmentId: 'd1' },
  colleague: { branchId: 'b1', ownerId: 'u2', departmentId: 'd1' },
  subDept: { branchId: 'b1', ownerId: 'u3', departmentId: 'd1a' },
  otherDept: { branchId: 'b1', ownerId: 'u4', departmentId: 'd2' },
  otherBranch: { branchId: 'b2', ownerId: 'u1', departmentId: 'd1' },
};

describe('data scope', () => {
  it.each([
    ['own', ['mine']],
    ['department', ['mine', 'colleague']],
    ['department_tree', ['mine', 'colleague', 'subDept']],
    ['branch', ['mine', 'colleague', 'subDept', 'otherDept']],
    ['all', ['mine', 'colleague', 'subDept', 'otherDept', 'otherBranch']],
  ] as const)('%s sees %j', (scope, visible) => {
    const p = { ...base, dataScope: scope };
    const seen = Object.entries(rows)
      .filter(([, row]) => canSee(p, row))
      .map(([name]) => name);
    expect(seen).toEqual(visible);
  });

  it('builds numbered SQL parameters', () => {
    const cond = scopeCondition(
      { ...base, dataScope: 'department_tree' },
      { branch: 'c.branch_id', owner: 'c.owner_id', department: 'c.department_id' },
      3,
    );
    expect(cond).toEqual({
      sql: 'c.branch_id = $3 AND c.department_id = ANY($4::text[])',
      params: ['b1', ['d1', 'd1a']],
    });
  });

  it('requires permissions and a principal', () => {
    expect(() => requirePermission(undefined, 'customers.read')).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(() => requirePermission(base, 'customers.delete')).toThrow(DomainError);
    expect(requirePermission({ ...base, permissions: ['*'] }, 'customers.delete').userId).toBe('u1');
  });
});
