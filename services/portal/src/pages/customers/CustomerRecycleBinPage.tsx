import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { customerRecycleBinApi } from '../../api/customers';
import type { Customer } from '../../api/types';
import { useAuth } from '../../auth/AuthProvider';
import { formatDateTime } from '../../components/format';
import { useBranchName } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { PagedTable } from '../../components/PagedTable';
import { TableToolbar } from '../../components/TableToolbar';
import { useCursorPages } from '../../components/useCursorPages';
import { useI18n } from '../../i18n/I18nProvider';
import { describeCustomerError } from './customer-errors';
import { KindTag, useUserNames } from './customer-lookups';
import { formatPhone } from '../../components/phone';

/** The recycle bin (R-CUS-7): deleted customers to restore, or purge for good (customers.purge). */
export default function CustomerRecycleBinPage() {
  const translator = useI18n();
  const { t } = translator;
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const branchName = useBranchName();
  const [busy, setBusy] = useState<string | null>(null);
  const list = useCursorPages(['customers', 'bin'], (pageToken) =>
    customerRecycleBinApi.list({ pageToken, pageSize: 20 }),
  );
  const userName = useUserNames(list.items.map((c) => c.deletedBy));

  const act = async (c: Customer, action: () => Promise<unknown>, success: string) => {
    setBusy(c.id);
    try {
      await action();
      void message.success(success);
      await queryClient.invalidateQueries({ queryKey: ['customers'] });
    } catch (error) {
      void message.error(describeCustomerError(translator, error));
    } finally {
      setBusy(null);
    }
  };

  const confirmPurge = (c: Customer) =>
    modal.confirm({
      title: t('custActions.purgeTitle'),
      content: t('custActions.purgeConfirm', { name: c.name }),
      okText: t('custActions.purge'),
      okButtonProps: { danger: true, 'data-testid': 'bin-purge-confirm' } as never,
      cancelText: t('common.cancel'),
      onOk: () => act(c, () => customerRecycleBinApi.purge(c.id), t('custActions.purged')),
    });

  return (
    <PageContainer title={t('custBin.title')} subTitle={t('custBin.hint')} testId="customer-recycle-bin-page">
      <Card>
        <TableToolbar onRefresh={list.query.refetch} />
        <PagedTable<Customer>
          list={list}
          rowKey="id"
          scroll={{ x: 900 }}
          testId="bin-table"
          rowTestId="bin-row"
          columns={[
            { title: t('cust.name'), dataIndex: 'name' },
            {
              title: t('cust.kind'),
              dataIndex: 'kind',
              width: 90,
              render: (k: Customer['kind']) => <KindTag kind={k} />,
            },
            { title: t('cust.phone'), dataIndex: 'phone', width: 140, render: formatPhone },
            { title: t('cust.branch'), dataIndex: 'branchId', width: 130, render: branchName },
            { title: t('cust.deletedBy'), dataIndex: 'deletedBy', width: 130, render: userName },
            { title: t('cust.deletedAt'), dataIndex: 'deletedAt', width: 170, render: formatDateTime },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 170,
              fixed: 'right',
              render: (_, c) => (
                <Space>
                  {c.mergedInto ? (
                    <Typography.Text type="secondary">{t('cust.mergedAlert')}</Typography.Text>
                  ) : (
                    <Button
                      type="link"
                      size="small"
                      loading={busy === c.id}
                      onClick={() =>
                        void act(c, () => customerRecycleBinApi.restore(c.id), t('custActions.restored'))
                      }
                      data-testid="bin-restore"
                    >
                      {t('custActions.restore')}
                    </Button>
                  )}
                  {can('customers.purge') && (
                    <Button
                      type="link"
                      size="small"
                      danger
                      onClick={() => confirmPurge(c)}
                      data-testid="bin-purge"
                    >
                      {t('custActions.purge')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
