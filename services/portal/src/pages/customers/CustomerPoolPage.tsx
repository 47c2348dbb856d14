import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { customerPoolApi, customerSettingsApi } from '../../api/customers';
import type { Customer } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthProvider';
import { formatDateTime } from '../../components/format';
import { BranchSelect } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { PagedTable } from '../../components/PagedTable';
import { TableToolbar } from '../../components/TableToolbar';
import { useCursorPages } from '../../components/useCursorPages';
import { useI18n } from '../../i18n/I18nProvider';
import { describeCustomerError } from './customer-errors';
import { addressLine, CustomerBadges, KindTag, useUserNames } from './customer-lookups';
import { formatPhone } from '../../components/phone';

/** The public pool (公海) of a branch: customers without an owner, to claim within the branch's rules. */
export default function CustomerPoolPage() {
  const translator = useI18n();
  const { t } = translator;
  const { can } = useAuth();
  const me = useMe();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [branchId, setBranchId] = useState<string>(me.branchId);
  const [claiming, setClaiming] = useState<string | null>(null);
  const list = useCursorPages(['customers', 'pool', branchId], (pageToken) =>
    customerPoolApi.list({ branchId, pageToken, pageSize: 20 }),
  );
  const settings = useQuery({
    queryKey: ['customer-settings', branchId],
    queryFn: () => customerSettingsApi.get(branchId),
    staleTime: 60_000,
  });
  const previousOwner = useUserNames(list.items.map((c) => c.previousOwnerId));
  const pool = settings.data?.pool;

  const claim = async (c: Customer) => {
    setClaiming(c.id);
    try {
      await customerPoolApi.claim(c.id);
      void message.success(t('custActions.claimed'));
      await queryClient.invalidateQueries({ queryKey: ['customers'] });
    } catch (error) {
      // A refused claim (cap, re-claim block) needs reading, not a toast that fades.
      modal.error({
        title: t('custActions.claim'),
        content: <span data-testid="pool-claim-error">{describeCustomerError(translator, error)}</span>,
        okText: t('common.close'),
      });
    } finally {
      setClaiming(null);
    }
  };

  return (
    <PageContainer title={t('custPool.title')} testId="customer-pool-page">
      {pool && (
        <Alert
          type="info"
          showIcon
          data-testid="pool-rules"
          message={t('custPool.rules')}
          description={
            <Space direction="vertical" size={0}>
              <span>
                {pool.maxOwned > 0 ? t('custPool.maxOwned', { n: pool.maxOwned }) : t('custPool.noCap')}
              </span>
              {pool.reclaimBlockDays > 0 && (
                <span>{t('custPool.reclaimBlock', { n: pool.reclaimBlockDays })}</span>
              )}
              {(pool.autoReturnDays.ordinary > 0 || pool.autoReturnDays.highIntent > 0) && (
                <span>
                  {t('custPool.autoReturn', {
                    ordinary: pool.autoReturnDays.ordinary || '—',
                    highIntent: pool.autoReturnDays.highIntent || '—',
                  })}
                </span>
              )}
            </Space>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Card>
        <TableToolbar onRefresh={list.query.refetch}>
          <Space>
            {me.dataScope === 'ALL' && can('branches.read') && (
              <>
                <Typography.Text>{t('cust.branch')}</Typography.Text>
                <BranchSelect
                  value={branchId}
                  onChange={(v) => setBranchId(v ?? me.branchId)}
                  style={{ minWidth: 220 }}
                  data-testid="pool-branch"
                />
              </>
            )}
          </Space>
        </TableToolbar>
        <PagedTable<Customer>
          list={list}
          rowKey="id"
          scroll={{ x: 1000 }}
          testId="pool-table"
          rowTestId="pool-row"
          columns={[
            {
              title: t('cust.name'),
              dataIndex: 'name',
              render: (name: string, c) => <Link to={`/customers/${c.id}`}>{name}</Link>,
            },
            {
              title: t('cust.kind'),
              dataIndex: 'kind',
              width: 90,
              render: (k: Customer['kind']) => <KindTag kind={k} />,
            },
            { title: t('cust.phone'), dataIndex: 'phone', width: 140, render: formatPhone },
            {
              title: t('cust.level'),
              key: 'grade',
              width: 160,
              render: (_, c) => <CustomerBadges customer={c} />,
            },
            {
              title: t('cust.city'),
              key: 'city',
              width: 150,
              render: (_, c) => addressLine(c.address, false),
            },
            {
              title: t('cust.previousOwner'),
              dataIndex: 'previousOwnerId',
              width: 140,
              render: (id: string | null) => (id ? previousOwner(id) : ''),
            },
            { title: t('cust.releasedAt'), dataIndex: 'releasedAt', width: 170, render: formatDateTime },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 100,
              fixed: 'right',
              render: (_, c) =>
                can('customers.claim') && (
                  <Popconfirm
                    title={t('custPool.claimConfirm', { name: c.name })}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ 'data-testid': 'pool-claim-confirm' } as never}
                    onConfirm={() => claim(c)}
                  >
                    <Button type="link" size="small" loading={claiming === c.id} data-testid="pool-claim">
                      {t('custActions.claim')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
