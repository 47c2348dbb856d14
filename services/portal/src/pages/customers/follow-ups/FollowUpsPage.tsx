import { Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { dueFollowUpsApi } from '../../../api/customers-settings';
import type { DueFollowUp } from '../../../api/customers-settings.types';
import { formatDateTime } from '../../../components/format';
import { PageContainer } from '../../../components/PageContainer';
import { PagedTable } from '../../../components/PagedTable';
import { TableToolbar } from '../../../components/TableToolbar';
import { useCursorPages } from '../../../components/useCursorPages';
import { useI18n } from '../../../i18n/I18nProvider';
import { CustomerBadges, useUserNames } from '../customer-lookups';
import { dueTone, overdueDays } from './follow-up-rules';

/** 待跟进: customers in the caller's scope past their class's follow-up interval, most overdue first. */
export default function FollowUpsPage() {
  const { t } = useI18n();
  const list = useCursorPages(['customers', 'follow-ups', 'due'], (pageToken) =>
    dueFollowUpsApi.list({ pageToken, pageSize: 20 }),
  );
  const ownerName = useUserNames(list.items.map((item) => item.customer.ownerId));
  const now = new Date();

  const due = (item: DueFollowUp) => {
    const days = overdueDays(item.dueAt, now) ?? 0;
    const tone = dueTone(days);
    return (
      <Space direction="vertical" size={0}>
        <span>{formatDateTime(item.dueAt)}</span>
        <Tag color={tone === 'overdue' ? 'red' : 'orange'} bordered={false} data-testid="follow-up-due">
          {tone === 'overdue' ? t('customerFollowUps.overdue', { n: days }) : t('customerFollowUps.dueToday')}
        </Tag>
      </Space>
    );
  };

  return (
    <PageContainer
      title={t('customerFollowUps.title')}
      subTitle={t('customerFollowUps.subtitle')}
      testId="customer-follow-ups-page"
    >
      <Card>
        <TableToolbar onRefresh={list.query.refetch} />
        <PagedTable<DueFollowUp>
          list={list}
          rowKey={(item) => item.customer.id}
          scroll={{ x: 900 }}
          testId="follow-ups-table"
          rowTestId="follow-ups-row"
          locale={{ emptyText: t('customerFollowUps.empty') }}
          columns={[
            {
              title: t('customerFollowUps.customer'),
              key: 'name',
              render: (_, item) => (
                <Link to={`/customers/${encodeURIComponent(item.customer.id)}`}>{item.customer.name}</Link>
              ),
            },
            {
              title: t('customerFollowUps.grade'),
              key: 'grade',
              width: 170,
              render: (_, item) => <CustomerBadges customer={item.customer} />,
            },
            {
              title: t('customerFollowUps.owner'),
              key: 'owner',
              width: 140,
              render: (_, item) => ownerName(item.customer.ownerId),
            },
            {
              title: t('customerFollowUps.lastFollowUp'),
              key: 'lastFollowUp',
              width: 180,
              render: (_, item) =>
                item.customer.lastFollowUpAt ? (
                  formatDateTime(item.customer.lastFollowUpAt)
                ) : (
                  <Typography.Text type="secondary">{t('customerFollowUps.never')}</Typography.Text>
                ),
            },
            {
              title: t('customerFollowUps.dueAt'),
              key: 'dueAt',
              width: 190,
              render: (_, item) => due(item),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
