import { CopyOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { sitesApi } from '../../api';
import type { Site, SiteWithKey } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthProvider';
import { useErrorReporter } from '../../components/errors';
import { FormOverlay } from '../../components/FormOverlay';
import { formatDateTime } from '../../components/format';
import { BranchSelect, useBranchName } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { PagedTable } from '../../components/PagedTable';
import { formRules } from '../../components/rules';
import { TableToolbar } from '../../components/TableToolbar';
import { useCursorPages } from '../../components/useCursorPages';
import { useI18n } from '../../i18n/I18nProvider';

interface SiteForm {
  branchId: string;
  name: string;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (plain http on a LAN address): the old way.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** The new key, shown once: copy it now or never. */
function SiteKeyModal({ shown, onClose }: { shown: SiteWithKey | null; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <Modal
      open={shown !== null}
      title={
        <span>
          <KeyOutlined /> {t('sites.keyTitle')} · {shown?.site?.name}
        </span>
      }
      onCancel={onClose}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="site-key-done">
          {t('sites.keyCopied')}
        </Button>
      }
      data-testid="site-key-modal"
    >
      <Alert type="warning" showIcon message={t('sites.keyOnce')} style={{ marginBottom: 16 }} />
      <div className="site-key" data-testid="site-key-value">
        {shown?.siteKey}
      </div>
      <Button
        icon={<CopyOutlined />}
        style={{ marginTop: 12 }}
        data-testid="site-key-copy"
        onClick={async () => {
          if (!shown) return;
          if (await copyText(shown.siteKey)) void message.success(t('common.copied'));
          else void message.error(t('common.copyFailed'));
        }}
      >
        {t('common.copy')}
      </Button>
    </Modal>
  );
}

export default function SitesPage() {
  const translator = useI18n();
  const { t } = translator;
  const rules = formRules(translator);
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const queryClient = useQueryClient();
  const branchName = useBranchName();
  const [branchId, setBranchId] = useState<string | undefined>(undefined);
  const [form] = Form.useForm<SiteForm>();
  const [creating, setCreating] = useState(false);
  const [shownKey, setShownKey] = useState<SiteWithKey | null>(null);
  const canWrite = can('sites.write');

  const list = useCursorPages(['sites', branchId ?? null], (pageToken) =>
    sitesApi.list({ branchId, pageToken, pageSize: 50 }),
  );
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['sites'] });

  const rotate = useMutation({
    mutationFn: (site: Site) => sitesApi.rotateKey(site.id),
    onSuccess: (result) => {
      setShownKey(result);
      return invalidate();
    },
    onError: report,
  });
  const revoke = useMutation({
    mutationFn: (site: Site) => sitesApi.revoke(site.id),
    onSuccess: () => {
      void message.success(t('sites.revokedDone'));
      return invalidate();
    },
    onError: report,
  });

  return (
    <PageContainer
      title={t('sites.title')}
      subTitle={t('sites.subtitle')}
      testId="sites-page"
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="sites-create"
          >
            {t('sites.create')}
          </Button>
        )
      }
    >
      <Card>
        <TableToolbar onRefresh={list.query.refetch}>
          <Space wrap>
            <Typography.Text>{t('sites.branch')}</Typography.Text>
            <BranchSelect
              allowClear
              placeholder={t('common.all')}
              value={branchId}
              onChange={setBranchId}
              style={{ minWidth: 220 }}
            />
          </Space>
        </TableToolbar>
        <PagedTable<Site>
          list={list}
          rowKey="id"
          scroll={{ x: 1000 }}
          testId="sites-table"
          rowTestId="sites-row"
          columns={[
            {
              title: t('sites.name'),
              dataIndex: 'name',
              width: 180,
              render: (name: string, site) => (
                <Link to={`/system/sites/${encodeURIComponent(site.id)}`} data-testid="sites-open">
                  {name}
                </Link>
              ),
            },
            { title: t('sites.branch'), dataIndex: 'branchId', width: 140, render: branchName },
            {
              title: t('sites.keyPrefix'),
              dataIndex: 'keyPrefix',
              width: 120,
              render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
            },
            {
              title: t('sites.status'),
              key: 'status',
              width: 100,
              render: (_, site) =>
                site.revokedAt ? (
                  <Badge status="error" text={t('sites.revoked')} />
                ) : (
                  <Badge status="success" text={t('sites.active')} />
                ),
            },
            {
              title: t('sites.lastSeenAt'),
              dataIndex: 'lastSeenAt',
              width: 170,
              render: (v: string | null) => (v ? formatDateTime(v) : t('sites.never')),
            },
            { title: t('sites.rotatedAt'), dataIndex: 'rotatedAt', width: 170, render: formatDateTime },
            { title: t('common.createdAt'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 160,
              fixed: 'right',
              render: (_, site) =>
                canWrite &&
                !site.revokedAt && (
                  <Space size="middle">
                    <Popconfirm
                      title={t('sites.rotateConfirm')}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => rotate.mutateAsync(site)}
                    >
                      <a data-testid="sites-rotate">{t('sites.rotate')}</a>
                    </Popconfirm>
                    <Popconfirm
                      title={t('sites.revokeConfirm', { name: site.name })}
                      okText={t('sites.revoke')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => revoke.mutateAsync(site)}
                    >
                      <a style={{ color: '#ff4d4f' }} data-testid="sites-revoke">
                        {t('sites.revoke')}
                      </a>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <FormOverlay<SiteForm>
        kind="modal"
        open={creating}
        title={t('sites.create')}
        form={form}
        fields={['branchId', 'name']}
        initialValues={{ branchId: branchId ?? me.branchId }}
        onClose={() => setCreating(false)}
        onSubmit={async (values) => {
          const result = await sitesApi.create({ branchId: values.branchId, name: values.name.trim() });
          await invalidate();
          setShownKey(result);
        }}
        testId="site-form"
      >
        <Form.Item name="branchId" label={t('sites.branch')} rules={[rules.select(t('sites.branch'))]}>
          <BranchSelect data-testid="site-field-branch" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('sites.name')}
          rules={[rules.required(t('sites.name')), rules.max(t('sites.name'), 100)]}
        >
          <Input maxLength={100} data-testid="site-field-name" />
        </Form.Item>
      </FormOverlay>
      <SiteKeyModal shown={shownKey} onClose={() => setShownKey(null)} />
    </PageContainer>
  );
}
