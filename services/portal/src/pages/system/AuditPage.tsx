import { useQuery } from '@tanstack/react-query';
import {
  Card,
  Col,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { auditApi, usersApi } from '../../api';
import type { AuditEntry } from '../../api/types';
import { useAuth } from '../../auth/AuthProvider';
import { auditDiff, type DiffRow } from '../../components/diff';
import { formatDateTime, shortId } from '../../components/format';
import { useBranchName } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { PagedTable } from '../../components/PagedTable';
import { SearchButtons } from '../../components/SearchButtons';
import { TableToolbar } from '../../components/TableToolbar';
import { useCursorPages } from '../../components/useCursorPages';
import { auditActionLabel } from '../../i18n/core';
import { useI18n } from '../../i18n/I18nProvider';

const ENTITY_TYPES = ['user', 'role', 'branch', 'department', 'employee', 'site', 'customer', 'session'];

interface Filters {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}
interface Query {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

function ActorSelect(props: { value?: string; onChange?: (v: string | undefined) => void }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [search, setSearch] = useState('');
  const users = useQuery({
    queryKey: ['users', 'actor-search', search],
    queryFn: () => usersApi.list({ q: search || undefined, pageSize: 50 }),
    enabled: can('users.read'),
    staleTime: 30_000,
  });
  if (!can('users.read')) {
    return (
      <Input
        allowClear
        placeholder={t('audit.actorId')}
        value={props.value}
        onChange={(e) => props.onChange?.(e.target.value || undefined)}
        data-testid="audit-filter-actor"
      />
    );
  }
  return (
    <Select
      allowClear
      showSearch
      filterOption={false}
      onSearch={setSearch}
      value={props.value}
      onChange={props.onChange}
      loading={users.isFetching}
      placeholder={t('common.all')}
      data-testid="audit-filter-actor"
      options={(users.data?.items ?? []).map((u) => ({
        value: u.id,
        label: `${u.displayName}（${u.username}）`,
      }))}
    />
  );
}

export default function AuditPage() {
  const translator = useI18n();
  const { t, tx } = translator;
  const branchName = useBranchName();
  const [searchForm] = Form.useForm<Filters>();
  const [query, setQuery] = useState<Query>({});
  const [shown, setShown] = useState<AuditEntry | null>(null);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const list = useCursorPages(['audit', query], (pageToken) =>
    auditApi.list({ ...query, pageToken, pageSize: 20 }),
  );

  const entityLabel = (type: string) => tx(`auditEntity.${type}`, type);
  const rows = useMemo(() => (shown ? auditDiff(shown.before, shown.after) : []), [shown]);
  const visibleRows = onlyChanged ? rows.filter((r) => r.changed) : rows;

  const search = (values: Filters) => {
    const [from, to] = values.range ?? [];
    setQuery({
      actorId: values.actorId || undefined,
      entityType: values.entityType || undefined,
      entityId: values.entityId?.trim() || undefined,
      from: from ? from.toISOString() : undefined,
      to: to ? to.toISOString() : undefined,
    });
  };

  return (
    <PageContainer title={t('audit.title')} testId="audit-page">
      <Card>
        <Form<Filters>
          form={searchForm}
          className="search-form"
          onFinish={search}
          data-testid="audit-search-form"
        >
          <Row gutter={[24, 16]}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="actorId" label={t('audit.actor')}>
                <ActorSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={5}>
              <Form.Item name="entityType" label={t('audit.entityType')}>
                <Select
                  allowClear
                  placeholder={t('common.all')}
                  data-testid="audit-filter-entity-type"
                  options={ENTITY_TYPES.map((type) => ({ value: type, label: entityLabel(type) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="range" label={t('audit.timeRange')}>
                <DatePicker.RangePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  allowEmpty={[true, true]}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={5} style={{ textAlign: 'right' }}>
              <SearchButtons
                onReset={() => {
                  searchForm.resetFields();
                  setQuery({});
                }}
                searchTestId="audit-search"
              />
            </Col>
          </Row>
        </Form>
      </Card>
      <Card>
        <TableToolbar title={t('audit.title')} onRefresh={list.query.refetch} />
        <PagedTable<AuditEntry>
          list={list}
          rowKey="id"
          scroll={{ x: 900 }}
          testId="audit-table"
          rowTestId="audit-row"
          columns={[
            { title: t('audit.occurredAt'), dataIndex: 'occurredAt', width: 170, render: formatDateTime },
            {
              title: t('audit.actor'),
              key: 'actor',
              width: 140,
              render: (_, e) => e.actorName ?? shortId(e.actorId),
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 130,
              render: (action: string) => (
                <Tooltip title={action}>
                  <Tag bordered={false} color={/delet|revok/.test(action) ? 'red' : 'blue'}>
                    {auditActionLabel(translator, action)}
                  </Tag>
                </Tooltip>
              ),
            },
            { title: t('audit.entityType'), dataIndex: 'entityType', width: 110, render: entityLabel },
            {
              title: t('audit.entityId'),
              dataIndex: 'entityId',
              width: 110,
              render: (id: string) => <Typography.Text code>{shortId(id)}</Typography.Text>,
            },
            { title: t('audit.branch'), dataIndex: 'branchId', width: 130, render: branchName },
            { title: t('audit.service'), dataIndex: 'service', width: 100 },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 80,
              fixed: 'right',
              render: (_, e) => (
                <a onClick={() => setShown(e)} data-testid="audit-details">
                  {t('common.details')}
                </a>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={shown !== null}
        width={720}
        title={t('audit.detailTitle')}
        onClose={() => setShown(null)}
        data-testid="audit-drawer"
      >
        {shown && (
          <>
            <Descriptions column={2} size="small" bordered style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('audit.occurredAt')}>
                {formatDateTime(shown.occurredAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.actor')}>
                {shown.actorName ?? shown.actorId}
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.action')}>
                {auditActionLabel(translator, shown.action)}{' '}
                <Typography.Text type="secondary">({shown.action})</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.entityType')}>
                {entityLabel(shown.entityType)}
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.entityId')} span={2}>
                <Typography.Text copyable>{shown.entityId}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('audit.service')}>{shown.service}</Descriptions.Item>
              <Descriptions.Item label={t('audit.requestId')}>{shown.requestId ?? ''}</Descriptions.Item>
            </Descriptions>
            <div className="table-toolbar">
              <span className="table-toolbar-title">{t('audit.detailTitle')}</span>
              <Space>
                <Typography.Text>{t('audit.onlyChanged')}</Typography.Text>
                <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} />
              </Space>
            </div>
            <Table<DiffRow>
              rowKey="field"
              size="small"
              bordered
              pagination={false}
              dataSource={visibleRows}
              locale={{ emptyText: t('audit.noChanges') }}
              rowClassName={(row) => (row.changed && !onlyChanged ? 'diff-changed' : '')}
              data-testid="audit-diff"
              columns={[
                {
                  title: t('audit.field'),
                  dataIndex: 'field',
                  width: 170,
                  render: (field: string) => {
                    const label = tx(`auditField.${field}`, field);
                    return label === field ? (
                      field
                    ) : (
                      <Tooltip title={field}>
                        <span>{label}</span>
                      </Tooltip>
                    );
                  },
                },
                {
                  title: t('audit.before'),
                  dataIndex: 'before',
                  render: (v: string, row) => <span className={row.changed ? 'diff-before' : ''}>{v}</span>,
                },
                {
                  title: t('audit.after'),
                  dataIndex: 'after',
                  render: (v: string, row) => <span className={row.changed ? 'diff-after' : ''}>{v}</span>,
                },
              ]}
            />
          </>
        )}
      </Drawer>
    </PageContainer>
  );
}
