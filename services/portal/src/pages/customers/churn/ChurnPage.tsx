import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card, Popconfirm, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { churnApi } from '../../../api/customers-care';
import { CHURN_LIST_STATUSES, type ChurnItem, type ChurnListStatus } from '../../../api/customers-care.types';
import { useAuth } from '../../../auth/AuthProvider';
import { useErrorReporter } from '../../../components/errors';
import { formatDateTime } from '../../../components/format';
import { PageContainer } from '../../../components/PageContainer';
import { PagedTable } from '../../../components/PagedTable';
import { RefreshButton } from '../../../components/TableToolbar';
import { useCursorPages } from '../../../components/useCursorPages';
import { useI18n } from '../../../i18n/I18nProvider';
import { useUserNames } from '../customer-lookups';
import { ConfirmChurnDialog, PauseChurnDialog } from './ChurnDialogs';
import { CHURN_STATUS_COLORS, churnActions, daysSince } from './churn-rules';
import { formatPhone } from '../../../components/phone';

const CHURN_KEY = ['customers', 'churn'] as const;

/** 流失预警: customers at risk, paused (暂缓流失) and confirmed (确定流失), within the caller's scope. */
export default function ChurnPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ChurnListStatus>('at_risk');
  const [pausing, setPausing] = useState<ChurnItem | null>(null);
  const [confirming, setConfirming] = useState<ChurnItem | null>(null);
  const list = useCursorPages([...CHURN_KEY, status], (cursor) =>
    churnApi
      .list({ status, cursor, limit: 20 })
      .then((page) => ({ items: page.items, nextPageToken: page.nextCursor ?? null })),
  );
  const ownerName = useUserNames(list.items.map((item) => item.customer.ownerId));
  const now = new Date();
  // The record changes too (its churn state is part of the customer): refresh lists and details.
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['customers'] });

  const reactivate = useMutation({
    mutationFn: (item: ChurnItem) => churnApi.reactivate(item.customer.id),
    onSuccess: () => {
      void message.success(t('customerChurn.reactivated'));
      return refresh();
    },
    onError: report,
  });

  const statusTag = (item: ChurnItem) => (
    <Tag color={CHURN_STATUS_COLORS[item.churn.status]} bordered={false} data-testid="churn-status">
      {t(`customerChurn.status.${item.churn.status}`)}
    </Tag>
  );

  return (
    <PageContainer
      title={t('customerChurn.title')}
      subTitle={t('customerChurn.subtitle')}
      testId="customer-churn-page"
    >
      <Card>
        <Tabs
          activeKey={status}
          onChange={(key) => setStatus(key as ChurnListStatus)}
          data-testid="churn-tabs"
          items={CHURN_LIST_STATUSES.map((s) => ({
            key: s,
            label: <span data-testid={`churn-tab-${s}`}>{t(`customerChurn.status.${s}`)}</span>,
          }))}
          tabBarExtraContent={<RefreshButton onRefresh={list.query.refetch} />}
        />
        <PagedTable<ChurnItem>
          list={list}
          rowKey={(item) => item.customer.id}
          scroll={{ x: 960 }}
          testId="churn-table"
          rowTestId="churn-row"
          columns={[
            {
              title: t('customerChurn.customer'),
              key: 'name',
              render: (_, item) => (
                <Link to={`/customers/${encodeURIComponent(item.customer.id)}`}>{item.customer.name}</Link>
              ),
            },
            {
              title: t('customerChurn.phone'),
              key: 'phone',
              width: 150,
              render: (_, item) => formatPhone(item.customer.phone),
            },
            {
              title: t('customerChurn.owner'),
              key: 'owner',
              width: 140,
              render: (_, item) => ownerName(item.customer.ownerId),
            },
            {
              title: t('customerChurn.status'),
              key: 'status',
              width: 110,
              render: (_, item) => statusTag(item),
            },
            {
              title: t('customerChurn.lastActivity'),
              key: 'lastActivity',
              width: 200,
              render: (_, item) => {
                const days = daysSince(item.churn.lastActivityAt, now);
                return (
                  <Space direction="vertical" size={0}>
                    <span>
                      {item.churn.lastActivityAt
                        ? formatDateTime(item.churn.lastActivityAt)
                        : t('customerChurn.never')}
                    </span>
                    {days !== null && (
                      <Typography.Text type="secondary">
                        {t('customerChurn.idle')} {t('customerChurn.days', { n: days })}
                      </Typography.Text>
                    )}
                  </Space>
                );
              },
            },
            ...(status === 'at_risk'
              ? [
                  {
                    title: t('customerChurn.flaggedAt'),
                    key: 'flaggedAt',
                    width: 170,
                    render: (_: unknown, item: ChurnItem) => formatDateTime(item.churn.flaggedAt),
                  },
                ]
              : status === 'paused'
                ? [
                    {
                      title: t('customerChurn.plan'),
                      key: 'plan',
                      ellipsis: true,
                      render: (_: unknown, item: ChurnItem) => item.churn.pausePlan,
                    },
                    {
                      title: t('customerChurn.until'),
                      key: 'until',
                      width: 120,
                      render: (_: unknown, item: ChurnItem) => item.churn.pauseUntil,
                    },
                  ]
                : [
                    {
                      title: t('customerChurn.reason'),
                      key: 'reason',
                      ellipsis: true,
                      render: (_: unknown, item: ChurnItem) => item.churn.reason,
                    },
                  ]),
            {
              title: t('common.actions'),
              key: 'actions',
              width: 190,
              fixed: 'right',
              render: (_, item) => (
                <Space size="middle">
                  {churnActions(item.churn.status, can('customers.update')).map((action) =>
                    action === 'reactivate' ? (
                      <Popconfirm
                        key={action}
                        title={t('customerChurn.reactivateConfirm', { name: item.customer.name })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => reactivate.mutateAsync(item)}
                      >
                        <a data-testid="churn-reactivate">{t('customerChurn.reactivate')}</a>
                      </Popconfirm>
                    ) : (
                      <a
                        key={action}
                        onClick={() => (action === 'pause' ? setPausing(item) : setConfirming(item))}
                        data-testid={`churn-${action}`}
                      >
                        {action === 'pause'
                          ? t(
                              item.churn.status === 'paused'
                                ? 'customerChurn.changePlan'
                                : 'customerChurn.pause',
                            )
                          : t('customerChurn.confirm')}
                      </a>
                    ),
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <PauseChurnDialog
        item={pausing}
        onClose={() => setPausing(null)}
        onDone={() => {
          void message.success(t('customerChurn.paused'));
          return refresh();
        }}
      />
      <ConfirmChurnDialog
        item={confirming}
        onClose={() => setConfirming(null)}
        onDone={() => {
          void message.success(t('customerChurn.confirmed'));
          return refresh();
        }}
      />
    </PageContainer>
  );
}
