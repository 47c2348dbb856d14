import { useQueries, useQuery } from '@tanstack/react-query';
import { Select, Tag, TreeSelect, type SelectProps } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { branchesApi, departmentsApi, rolesApi } from '../api';
import type { Branch, Department, Role, RoleRef } from '../api/types';
import { useAuth, useMe } from '../auth/AuthProvider';
import { roleLabel } from '../i18n/core';
import { useI18n } from '../i18n/I18nProvider';
import { buildDepartmentTree, type DepartmentNode } from './tree';

export const queryKeys = {
  branches: ['branches'] as const,
  departments: (branchId: string | undefined) => ['departments', branchId ?? null] as const,
  roles: ['roles'] as const,
  permissions: ['permissions'] as const,
};

/** All branches when the user may read them; else none (the user's own branch is still named). */
export function useBranches() {
  const { can } = useAuth();
  const query = useQuery({
    queryKey: queryKeys.branches,
    queryFn: () => branchesApi.list({ pageSize: 200 }),
    enabled: can('branches.read'),
    staleTime: 60_000,
  });
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  return { ...query, items, byId: useMemo(() => new Map(items.map((b) => [b.id, b])), [items]) };
}

export function useBranchName() {
  const { byId } = useBranches();
  const me = useMe();
  const { t } = useI18n();
  return (id: string | null | undefined) => {
    if (!id) return '';
    const branch = byId.get(id);
    if (branch) return branch.name;
    if (id === me.branchId) return me.branchName || t('common.ownBranch');
    return id.slice(0, 8);
  };
}

export function useDepartments(branchId: string | undefined) {
  const { can } = useAuth();
  const query = useQuery({
    queryKey: queryKeys.departments(branchId),
    queryFn: () => departmentsApi.list(branchId),
    enabled: can('departments.read') && !!branchId,
    staleTime: 30_000,
  });
  const items = useMemo<Department[]>(() => query.data?.items ?? [], [query.data]);
  return {
    ...query,
    items,
    byId: useMemo(() => new Map(items.map((d) => [d.id, d])), [items]),
    tree: useMemo(() => buildDepartmentTree(items), [items]),
  };
}

/** Department names for the rows of a table that may span several branches. */
export function useDepartmentName(branchIds: readonly (string | null | undefined)[]) {
  const { can } = useAuth();
  const distinct = [...new Set(branchIds.filter((id): id is string => !!id))].sort();
  const results = useQueries({
    queries: distinct.map((branchId) => ({
      queryKey: queryKeys.departments(branchId),
      queryFn: () => departmentsApi.list(branchId),
      enabled: can('departments.read'),
      staleTime: 30_000,
    })),
  });
  const byId = new Map<string, Department>();
  for (const result of results) for (const d of result.data?.items ?? []) byId.set(d.id, d);
  return (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? id.slice(0, 8)) : '');
}

export function useRoles() {
  const { can } = useAuth();
  const query = useQuery({
    queryKey: queryKeys.roles,
    queryFn: () => rolesApi.list(),
    enabled: can('roles.read'),
    staleTime: 30_000,
  });
  const items = useMemo<Role[]>(() => query.data?.items ?? [], [query.data]);
  return { ...query, items };
}

type PassThrough = { 'data-testid'?: string; id?: string };

export function BranchSelect(
  props: PassThrough & {
    value?: string;
    onChange?: (value: string | undefined) => void;
    allowClear?: boolean;
    disabled?: boolean;
    style?: CSSProperties;
    placeholder?: string;
  },
) {
  const { items, isLoading, isEnabled } = useBranchesWithFlag();
  const me = useMe();
  const { t } = useI18n();
  const options: SelectProps['options'] = isEnabled
    ? items.map((b: Branch) => ({ value: b.id, label: `${b.name}（${b.code}）`, title: b.name }))
    : [{ value: me.branchId, label: t('common.ownBranch'), title: t('common.ownBranch') }];
  return (
    <Select
      {...props}
      loading={isLoading}
      options={options}
      showSearch
      optionFilterProp="label"
      popupMatchSelectWidth={false}
    />
  );
}

function useBranchesWithFlag() {
  const { can } = useAuth();
  const branches = useBranches();
  return { ...branches, isEnabled: can('branches.read') };
}

function toTreeData(nodes: DepartmentNode[], disabled?: Set<string>): unknown[] {
  return nodes.map((node) => ({
    value: node.id,
    title: `${node.name}（${node.number}）`,
    disabled: disabled?.has(node.id) ?? false,
    children: node.children ? toTreeData(node.children, disabled) : undefined,
  }));
}

export function DepartmentSelect(
  props: PassThrough & {
    branchId: string | undefined;
    value?: string | null;
    onChange?: (value: string | undefined) => void;
    disabledIds?: Set<string>;
    allowClear?: boolean;
    placeholder?: string;
    style?: CSSProperties;
  },
) {
  const { branchId, disabledIds, value, ...rest } = props;
  const { tree, isLoading } = useDepartments(branchId);
  return (
    <TreeSelect
      {...rest}
      value={value ?? undefined}
      loading={isLoading}
      treeData={toTreeData(tree, disabledIds) as never}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      allowClear={props.allowClear ?? true}
      popupMatchSelectWidth={false}
    />
  );
}

export function RoleSelect(
  props: PassThrough & {
    value?: string[];
    onChange?: (value: string[]) => void;
    disabled?: boolean;
    /** Roles the caller could not assign (wider scope or permissions it lacks) are disabled. */
    assignable?: (role: Role) => boolean;
  },
) {
  const translator = useI18n();
  const { items, isLoading } = useRoles();
  const { assignable, ...rest } = props;
  return (
    <Select
      {...rest}
      mode="multiple"
      loading={isLoading}
      optionFilterProp="label"
      options={items.map((role) => ({
        value: role.id,
        label: roleLabel(translator, role),
        title: roleLabel(translator, role),
        disabled: assignable ? !assignable(role) : false,
      }))}
    />
  );
}

export function RoleTags({ roles }: { roles: readonly RoleRef[] }) {
  const translator = useI18n();
  return (
    <>
      {roles.map((role) => (
        <Tag key={role.id} color={role.key ? 'blue' : 'geekblue'} bordered={false}>
          {roleLabel(translator, role)}
        </Tag>
      ))}
    </>
  );
}
