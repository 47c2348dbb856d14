import { ArrowLeftOutlined, ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  AutoComplete,
  Badge,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Result,
  Row,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { siteAdminApi } from '../../api/sites-status';
import type { SiteReader, TestTapResult } from '../../api/sites-status.types';
import { useAuth } from '../../auth/AuthProvider';
import { describeError, useErrorReporter } from '../../components/errors';
import { formatDateTime } from '../../components/format';
import { useBranchName } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { rowTestId } from '../../components/testids';
import { useI18n } from '../../i18n/I18nProvider';

/** How often the page re-reads the agent's status (agents report every 30 s by default). */
const REFRESH_MS = 5_000;

interface TapForm {
  cardUid?: string;
  desk?: string;
}

/** One edge site: its agent's link, queue and readers with their desks, and the installer's test tap. */
export default function SiteDetailPage() {
  const translator = useI18n();
  const { t } = translator;
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { applyToForm } = useErrorReporter();
  const branchName = useBranchName();
  const [form] = Form.useForm<TapForm>();
  const [lastTap, setLastTap] = useState<TestTapResult | null>(null);

  const site = useQuery({
    queryKey: ['sites', 'one', id],
    queryFn: () => siteAdminApi.get(id),
    retry: false,
  });
  const status = useQuery({
    queryKey: ['sites', 'status', id],
    queryFn: () => siteAdminApi.status(id),
    refetchInterval: REFRESH_MS,
    enabled: site.isSuccess,
  });
  const tap = useMutation({
    mutationFn: (values: TapForm) =>
      siteAdminApi.testTap(id, {
        cardUid: values.cardUid?.trim() || undefined,
        desk: values.desk?.trim() || undefined,
      }),
    onSuccess: (result) => {
      setLastTap(result);
      void message.success(t('sitesAdmin.tapSent'));
    },
    onError: (error) => applyToForm(form, error, ['cardUid', 'desk']),
  });

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/system/sites')} data-testid="site-back">
      {t('sitesAdmin.back')}
    </Button>
  );
  if (site.isPending) {
    return (
      <div className="page-loading">
        <Spin />
      </div>
    );
  }
  if (site.isError) {
    return (
      <PageContainer title={t('sitesAdmin.title')} testId="site-detail-page" extra={back}>
        <Result status="warning" title={describeError(translator, site.error)} />
      </PageContainer>
    );
  }
  const s = site.data;
  const agent = status.data?.agent ?? null;
  const readers = agent?.readers ?? [];
  const desks = [...new Set(readers.map((r) => r.desk))];
  const canTap = can('sites.write') && !s.revokedAt;

  return (
    <PageContainer
      title={s.name}
      subTitle={branchName(s.branchId)}
      trail={[s.name]}
      testId="site-detail-page"
      extra={
        <>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void status.refetch()}
            loading={status.isFetching}
            data-testid="site-status-refresh"
          >
            {t('common.refresh')}
          </Button>
          {back}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('sitesAdmin.agent')} data-testid="site-agent-card">
            {status.isError && (
              <Alert type="error" showIcon message={describeError(translator, status.error)} />
            )}
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('sitesAdmin.link')}>
                {s.revokedAt ? (
                  <Badge status="error" text={t('sites.revoked')} />
                ) : status.data?.connected ? (
                  <Badge status="success" text={t('sitesAdmin.connected')} data-testid="site-connected" />
                ) : (
                  <Badge
                    status="default"
                    text={t('sitesAdmin.disconnected')}
                    data-testid="site-disconnected"
                  />
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('sites.lastSeenAt')}>
                <span data-testid="site-last-seen">
                  {status.data?.lastSeenAt ? formatDateTime(status.data.lastSeenAt) : t('sites.never')}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('sitesAdmin.queueDepth')}>
                <span data-testid="site-queue-depth">{agent ? agent.queueDepth : '—'}</span>
                {agent?.oldestUnackedAt && (
                  <Typography.Text type="warning" style={{ marginLeft: 8 }}>
                    {t('sitesAdmin.oldestUnacked', { at: formatDateTime(agent.oldestUnackedAt) })}
                  </Typography.Text>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('sitesAdmin.lastSent')}>
                {agent?.lastSentAt ? `#${agent.lastSentSeq} · ${formatDateTime(agent.lastSentAt)}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('sitesAdmin.version')}>
                <span data-testid="site-agent-version">{agent?.version ?? '—'}</span>
              </Descriptions.Item>
            </Descriptions>
            {agent && agent.drivers.length > 0 && (
              <Table
                style={{ marginTop: 16 }}
                size="small"
                rowKey="name"
                pagination={false}
                dataSource={agent.drivers}
                data-testid="site-drivers-table"
                columns={[
                  { title: t('sitesAdmin.driver'), dataIndex: 'name' },
                  {
                    title: t('sites.status'),
                    dataIndex: 'healthy',
                    width: 110,
                    render: (healthy: boolean) => (
                      <Badge
                        status={healthy ? 'success' : 'error'}
                        text={healthy ? t('sitesAdmin.healthy') : t('sitesAdmin.unhealthy')}
                      />
                    ),
                  },
                  { title: t('sitesAdmin.detail'), dataIndex: 'detail', ellipsis: true },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('sitesAdmin.readers')}>
            <Table<SiteReader>
              size="small"
              rowKey={(r) => `${r.kind}:${r.name}`}
              pagination={false}
              dataSource={readers}
              data-testid="site-readers-table"
              onRow={rowTestId('site-reader-row')}
              locale={{ emptyText: agent ? t('sitesAdmin.noReaders') : t('sitesAdmin.noReport') }}
              columns={[
                { title: t('sitesAdmin.reader'), dataIndex: 'name', ellipsis: true },
                { title: t('sitesAdmin.desk'), dataIndex: 'desk', width: 110 },
                {
                  title: t('sites.status'),
                  dataIndex: 'connected',
                  width: 100,
                  render: (connected: boolean) => (
                    <Badge
                      status={connected ? 'success' : 'default'}
                      text={connected ? t('sitesAdmin.attached') : t('sitesAdmin.detached')}
                    />
                  ),
                },
              ]}
            />
          </Card>
          {canTap && (
            <Card title={t('sitesAdmin.testTap')} style={{ marginTop: 16 }}>
              <Typography.Paragraph type="secondary">{t('sitesAdmin.testTapHelp')}</Typography.Paragraph>
              <Form<TapForm> form={form} layout="vertical" onFinish={(values) => tap.mutate(values)}>
                <Form.Item name="cardUid" label={t('sitesAdmin.cardUid')} extra={t('sitesAdmin.cardUidHelp')}>
                  <Input maxLength={40} allowClear data-testid="site-test-uid" />
                </Form.Item>
                <Form.Item name="desk" label={t('sitesAdmin.desk')}>
                  <AutoComplete
                    options={desks.map((desk) => ({ value: desk }))}
                    placeholder="portal-test"
                    maxLength={100}
                    data-testid="site-test-desk"
                  />
                </Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  icon={<ThunderboltOutlined />}
                  loading={tap.isPending}
                  data-testid="site-test-tap"
                >
                  {t('sitesAdmin.sendTestTap')}
                </Button>
              </Form>
              {lastTap && (
                <Alert
                  style={{ marginTop: 12 }}
                  type="info"
                  showIcon
                  data-testid="site-test-result"
                  message={t('sitesAdmin.tapResult', { uid: lastTap.cardUid, desk: lastTap.desk })}
                />
              )}
            </Card>
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}
