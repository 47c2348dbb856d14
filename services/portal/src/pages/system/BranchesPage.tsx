import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { branchesApi, type BranchInput } from '../../api';
import type { Branch } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthProvider';
import { FormOverlay } from '../../components/FormOverlay';
import { formatDateTime } from '../../components/format';
import { queryKeys } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { PagedTable } from '../../components/PagedTable';
import { formRules } from '../../components/rules';
import { TableToolbar } from '../../components/TableToolbar';
import { useCursorPages } from '../../components/useCursorPages';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPhone } from '../../components/phone';

const FIELDS = ['code', 'name', 'address', 'phone'] as const;

export default function BranchesPage() {
  const translator = useI18n();
  const { t } = translator;
  const rules = formRules(translator);
  const { can } = useAuth();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BranchInput>();
  const [editing, setEditing] = useState<Branch | 'new' | null>(null);
  const list = useCursorPages(queryKeys.branches, (pageToken) =>
    branchesApi.list({ pageToken, pageSize: 50 }),
  );

  const canWrite = can('branches.write');
  const canCreate = canWrite && me.dataScope === 'ALL';

  const save = useMutation({
    mutationFn: (values: BranchInput) => {
      // A PATCH: null clears the address or phone.
      return editing && editing !== 'new'
        ? branchesApi.update(editing.id, {
            name: values.name,
            address: values.address || null,
            phone: values.phone || null,
          })
        : branchesApi.create({
            ...values,
            address: values.address || undefined,
            phone: values.phone || undefined,
          });
    },
    onSuccess: () => {
      void message.success(editing === 'new' ? t('common.created') : t('common.saved'));
      return queryClient.invalidateQueries({ queryKey: queryKeys.branches });
    },
  });

  return (
    <PageContainer
      title={t('branches.title')}
      testId="branches-page"
      extra={
        <Tooltip title={canWrite && !canCreate ? t('branches.needAllScope') : undefined}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!canCreate}
            onClick={() => setEditing('new')}
            data-testid="branches-create"
          >
            {t('branches.create')}
          </Button>
        </Tooltip>
      }
    >
      <Card>
        <TableToolbar title={t('branches.title')} onRefresh={list.query.refetch} />
        <PagedTable<Branch>
          list={list}
          rowKey="id"
          testId="branches-table"
          rowTestId="branches-row"
          columns={[
            { title: t('branches.code'), dataIndex: 'code', width: 140 },
            { title: t('branches.name'), dataIndex: 'name' },
            { title: t('branches.address'), dataIndex: 'address', ellipsis: true },
            { title: t('branches.phone'), dataIndex: 'phone', width: 160, render: formatPhone },
            { title: t('common.createdAt'), dataIndex: 'createdAt', width: 180, render: formatDateTime },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 100,
              render: (_, branch) => (
                <Space>
                  {canWrite && (
                    <a onClick={() => setEditing(branch)} data-testid="branches-edit">
                      {t('common.edit')}
                    </a>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <FormOverlay<BranchInput>
        kind="modal"
        open={editing !== null}
        title={editing === 'new' ? t('branches.create') : t('branches.edit')}
        form={form}
        fields={FIELDS}
        initialValues={
          editing && editing !== 'new'
            ? {
                code: editing.code,
                name: editing.name,
                address: editing.address ?? undefined,
                phone: editing.phone ?? undefined,
              }
            : undefined
        }
        onClose={() => setEditing(null)}
        onSubmit={(values) => save.mutateAsync(values)}
        testId="branch-form"
      >
        <Form.Item
          name="code"
          label={t('branches.code')}
          rules={[rules.required(t('branches.code')), rules.code()]}
        >
          <Input disabled={editing !== 'new'} maxLength={32} data-testid="branch-field-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('branches.name')}
          rules={[rules.required(t('branches.name')), rules.max(t('branches.name'), 100)]}
        >
          <Input maxLength={100} data-testid="branch-field-name" />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('branches.address')}
          rules={[rules.max(t('branches.address'), 300)]}
        >
          <Input maxLength={300} data-testid="branch-field-address" />
        </Form.Item>
        <Form.Item name="phone" label={t('branches.phone')} rules={[rules.phone()]}>
          <Input maxLength={40} data-testid="branch-field-phone" />
        </Form.Item>
      </FormOverlay>
    </PageContainer>
  );
}
