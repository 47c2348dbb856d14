import { useQueries, useQuery } from '@tanstack/react-query';
import { Select, Space, Tag } from 'antd';
import { useState, type CSSProperties } from 'react';
import { usersApi } from '../../api';
import type { Customer } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthProvider';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Names of users (owners, authors) by id. Reading users needs users.read; without it the caller
 * still sees "me" and the pool, and other ids shortened.
 */
export function useUserNames(ids: readonly (string | null | undefined)[]) {
  const { can } = useAuth();
  const me = useMe();
  const { t } = useI18n();
  const distinct = [...new Set(ids.filter((id): id is string => !!id && id !== me.id))].sort();
  const results = useQueries({
    queries: distinct.map((id) => ({
      queryKey: ['users', 'name', id],
      queryFn: () => usersApi.get(id),
      enabled: can('users.read'),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const byId = new Map<string, string>();
  results.forEach((r) => r.data && byId.set(r.data.id, r.data.displayName));
  return (id: string | null | undefined): string => {
    if (!id) return t('cust.inPool');
    if (id === me.id) return `${me.displayName}（${t('cust.me')}）`;
    return byId.get(id) ?? id.slice(0, 8);
  };
}

/** Picks a user by searching their name (users.read); without it, only oneself. */
export function UserSelect(props: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
  exclude?: readonly string[];
}) {
  const { can } = useAuth();
  const me = useMe();
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const canRead = can('users.read');
  const query = useQuery({
    queryKey: ['users', 'pick', search],
    queryFn: () => usersApi.list({ q: search.trim() || undefined, pageSize: 20 }),
    enabled: canRead,
    staleTime: 30_000,
  });
  const { exclude, ...rest } = props;
  const options = canRead
    ? (query.data?.items ?? [])
        .filter((u) => !exclude?.includes(u.id))
        .map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))
    : [{ value: me.id, label: `${me.displayName}（${t('cust.me')}）` }];
  return (
    <Select
      {...rest}
      showSearch
      filterOption={false}
      onSearch={setSearch}
      loading={query.isFetching}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
}

export function LevelTag({ level }: { level: Customer['level'] }) {
  const { tx } = useI18n();
  return (
    <Tag color={level === 'HIGH_INTENT' ? 'volcano' : 'default'} bordered={false}>
      {tx(`custLevel.${level}`, level)}
    </Tag>
  );
}

const statusColor: Record<Customer['status'], string> = {
  ACTIVE: 'success',
  PENDING_REVIEW: 'warning',
  REJECTED: 'error',
};

/** Grade, class and (unless active) status of a customer, as tags. */
export function CustomerBadges({
  customer,
}: {
  customer: Pick<Customer, 'level' | 'customerClass' | 'status'>;
}) {
  const { tx } = useI18n();
  return (
    <Space size={4} wrap>
      <LevelTag level={customer.level} />
      {customer.customerClass && (
        <Tag color="blue" bordered={false}>
          {tx(`custClass.${customer.customerClass}`, customer.customerClass)}
        </Tag>
      )}
      {customer.status !== 'ACTIVE' && (
        <Tag color={statusColor[customer.status]} data-testid="customer-status">
          {tx(`custStatus.${customer.status}`, customer.status)}
        </Tag>
      )}
    </Space>
  );
}

export function KindTag({ kind }: { kind: Customer['kind'] }) {
  const { tx } = useI18n();
  return (
    <Tag color={kind === 'COMPANY' ? 'blue' : 'green'} bordered={false}>
      {tx(`customerKind.${kind}`, kind)}
    </Tag>
  );
}

/** "province city district detail" of an address, skipping empty parts. */
export const addressLine = (a: Customer['address'], withDetail = true): string =>
  [a.province, a.city, a.district, withDetail ? a.detail : null].filter(Boolean).join(' ');
