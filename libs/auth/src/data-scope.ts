import type { Principal } from './principal';

/** The ownership columns of a row, as a repository names them in SQL. */
export interface ScopeColumns {
  branch: string;
  owner: string;
  department: string;
}

/** The ownership facts of one row, for checks on a single record. */
export interface ScopedRow {
  branchId: string;
  ownerId?: string | null;
  departmentId?: string | null;
}

/**
 * A SQL condition restricting a query to the principal's data scope. Parameters are numbered from
 * `firstParam` so the caller can append them to its own.
 */
export function scopeCondition(
  principal: Principal,
  columns: ScopeColumns,
  firstParam: number,
): { sql: string; params: unknown[] } {
  const p = (i: number) => `$${firstParam + i}`;
  switch (principal.dataScope) {
    case 'all':
      return { sql: 'TRUE', params: [] };
    case 'branch':
      return { sql: `${columns.branch} = ${p(0)}`, params: [principal.branchId] };
    case 'department':
      return {
        sql: `${columns.branch} = ${p(0)} AND ${columns.department} = ${p(1)}`,
        params: [principal.branchId, principal.departmentId ?? ''],
      };
    case 'department_tree':
      return {
        sql: `${columns.branch} = ${p(0)} AND ${columns.department} = ANY(${p(1)}::text[])`,
        params: [principal.branchId, departmentTree(principal)],
      };
    case 'own':
      return {
        sql: `${columns.branch} = ${p(0)} AND ${columns.owner} = ${p(1)}`,
        params: [principal.branchId, principal.userId],
      };
  }
}

/** Whether one row lies inside the principal's data scope (same rules as scopeCondition). */
export function canSee(principal: Principal, row: ScopedRow): boolean {
  switch (principal.dataScope) {
    case 'all':
      return true;
    case 'branch':
      return row.branchId === principal.branchId;
    case 'department':
      return (
        row.branchId === principal.branchId &&
        !!row.departmentId &&
        row.departmentId === principal.departmentId
      );
    case 'department_tree':
      return (
        row.branchId === principal.branchId &&
        !!row.departmentId &&
        departmentTree(principal).includes(row.departmentId)
      );
    case 'own':
      return row.branchId === principal.branchId && row.ownerId === principal.userId;
  }
}

/** Whether the principal may put a record into that branch at all. */
export function canWriteToBranch(principal: Principal, branchId: string): boolean {
  return principal.dataScope === 'all' || principal.branchId === branchId;
}

function departmentTree(principal: Principal): string[] {
  return principal.departmentTree ?? (principal.departmentId ? [principal.departmentId] : []);
}
