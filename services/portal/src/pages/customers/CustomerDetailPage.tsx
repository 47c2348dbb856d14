import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Tabs } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { customersApi } from '../../api/customers';
import { useAuth } from '../../auth/AuthProvider';
import { describeError } from '../../components/errors';
import { formatDateTime } from '../../components/format';
import { useBranchName } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { useI18n } from '../../i18n/I18nProvider';
import { customerDetailPanels, customerDetailTabs } from './customerDetailTabs';
import { CustomerBadges, KindTag, useUserNames } from './customer-lookups';
import { CustomerActions } from './detail/CustomerActions';
import { formatPhone } from '../../components/phone';

/** One customer (/customers/:id): summary, actions, and the tabs of customerDetailTabs.tsx. */
export default function CustomerDetailPage() {
  const translator = useI18n();
  const { t } = translator;
  const { can } = useAuth();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const branchName = useBranchName();
  const query = useQuery({
    queryKey: ['customers', 'detail', id],
    queryFn: () => customersApi.get(id),
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
  const c = query.data;
  const ownerName = useUserNames([c?.ownerId]);
  const refresh = () => query.refetch();
  // 首页 / 客户管理 / 客户列表 (a link, from the menu) / this customer.
  const trail = [c?.name ?? id.slice(0, 8)];

  if (query.isError) {
    return (
      <PageContainer title={t('cust.listTitle')} trail={trail} testId="customer-detail-page">
        <Result
          status={isApiError(query.error) && query.error.status === 404 ? '404' : 'error'}
          title={describeError(translator, query.error)}
          extra={
            <Link to="/customers">
              <Button type="primary">{t('cust.listTitle')}</Button>
            </Link>
          }
          data-testid="customer-load-error"
        />
      </PageContainer>
    );
  }
  if (!c) {
    return (
      <PageContainer title={t('cust.listTitle')} trail={trail} testId="customer-detail-page">
        <Card>
          <Skeleton active />
        </Card>
      </PageContainer>
    );
  }

  const tabs = customerDetailTabs.filter((tab) => !tab.permission || can(tab.permission));
  const panels = customerDetailPanels.filter((p) => !p.permission || can(p.permission));
  const activeTab = tabs.some((tab) => tab.key === searchParams.get('tab'))
    ? searchParams.get('tab')!
    : tabs[0]?.key;

  return (
    <PageContainer
      title={
        <Space wrap>
          <span data-testid="customer-name">{c.name}</span>
          <KindTag kind={c.kind} />
          <CustomerBadges customer={c} />
        </Space>
      }
      trail={trail}
      testId="customer-detail-page"
      extra={<CustomerActions customer={c} refresh={refresh} />}
    >
      {c.deletedAt && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="customer-deleted"
          message={
            c.mergedInto ? t('cust.mergedAlert') : t('cust.inBinAlert', { time: formatDateTime(c.deletedAt) })
          }
          action={
            c.mergedInto && (
              <Link to={`/customers/${c.mergedInto}`}>
                <Button size="small">{t('cust.openMerged')}</Button>
              </Link>
            )
          }
        />
      )}
      {c.status !== 'ACTIVE' && (
        <Alert
          type={c.status === 'REJECTED' ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="customer-review-state"
          message={c.status === 'REJECTED' ? t('cust.rejectedAlert') : t('cust.pendingAlert')}
          description={c.reviewNote ?? undefined}
        />
      )}
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} data-testid="customer-summary">
          <Descriptions.Item label={t('cust.owner')}>
            <span data-testid="customer-owner">{ownerName(c.ownerId)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('cust.branch')}>{branchName(c.branchId)}</Descriptions.Item>
          <Descriptions.Item label={t('cust.phone')}>{formatPhone(c.phone) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cust.ownedSince')}>
            {formatDateTime(c.ownedSince) || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {/* A panel draws its own frame (an Alert, a Card) or nothing; an empty one takes no room. */}
      {panels.map((panel) => (
        <div key={panel.key} style={{ marginTop: 16 }} data-testid={`customer-panel-${panel.key}`}>
          {panel.render({ customer: c, refresh })}
        </div>
      ))}
      <Card style={{ marginTop: 16 }}>
        <Tabs
          activeKey={activeTab}
          onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={tabs.map((tab) => ({
            key: tab.key,
            label: <span data-testid={`customer-tab-${tab.key}`}>{t(tab.label)}</span>,
            children: tab.render({ customer: c, refresh }),
          }))}
        />
      </Card>
    </PageContainer>
  );
}
