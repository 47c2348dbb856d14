import { LockOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Popconfirm, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { rolesApi, type RoleInput } from '../../api';
import { DATA_SCOPES, type Role } from '../../api/types';
import { useAuth } from '../../auth/AuthProvider';
import { ALL_PERMISSIONS } from '../../auth/permissions';
import { useErrorReporter } from '../../components/errors';
import { FormOverlay } from '../../components/FormOverlay';
import { formatDateTime } from '../../components/format';
import { queryKeys, useRoles } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { formRules } from '../../components/rules';
import { rowTestId } from '../../components/testids';
import { roleDescription, roleLabel, scopeLabel } from '../../i18n/core';
import { useI18n } from '../../i18n/I18nProvider';
import { PermissionMatrix } from './PermissionMatrix';

interface RoleForm {
  name: string;
  description?: string;
  dataScope: Role['dataScope'];
  permissions: string[];
}
const FIELDS = ['name', 'description', 'dataScope', 'permissions'] as const;

export default function RolesPage() {
  const translator = useI18n();
  const { t } = translator;
  const rules = formRules(translator);
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const queryClient = useQueryClient();
  const roles = useRoles();
  const catalogue = useQuery({
    queryKey: queryKeys.permissions,
    queryFn: rolesApi.permissions,
    staleTime: 300_000,
  });
  const [form] = Form.useForm<RoleForm>();
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const canWrite = can('roles.write');
  const readOnly = !canWrite || (editing !== null && editing !== 'new' && editing.builtIn);

  const invalidate = () => queryClient.invalidateQueries({ queryKey: queryKeys.roles });
  const save = useMutation({
    mutationFn: (values: RoleForm) => {
      const input: RoleInput = {
        name: values.name.trim(),
        description: values.description?.trim() ?? '',
        dataScope: values.dataScope,
        permissions: values.permissions,
      };
      return editing && editing !== 'new' ? rolesApi.update(editing.id, input) : rolesApi.create(input);
    },
    onSuccess: () => {
      void message.success(editing === 'new' ? t('common.created') : t('common.saved'));
      return invalidate();
    },
  });
  const remove = useMutation({
    mutationFn: (role: Role) => rolesApi.remove(role.id),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      return invalidate();
    },
    onError: report,
  });

  const title = editing === 'new' ? t('roles.create') : readOnly ? t('roles.view') : t('roles.edit');

  return (
    <PageContainer
      title={t('roles.title')}
      testId="roles-page"
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="roles-create"
          >
            {t('roles.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="table-toolbar">
          <span className="table-toolbar-title">{t('roles.title')}</span>
          <Button icon={<ReloadOutlined />} onClick={() => void roles.refetch()}>
            {t('common.refresh')}
          </Button>
        </div>
        <Table<Role>
          rowKey="id"
          size="middle"
          loading={roles.isFetching}
          dataSource={roles.items}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="roles-table"
          onRow={rowTestId('roles-row')}
          columns={[
            {
              title: t('roles.name'),
              key: 'name',
              width: 180,
              render: (_, role) => (
                <Space>
                  {role.builtIn && <LockOutlined style={{ color: '#8c8c8c' }} />}
                  {roleLabel(translator, role)}
                </Space>
              ),
            },
            {
              title: t('roles.type'),
              dataIndex: 'builtIn',
              width: 100,
              render: (builtIn: boolean) =>
                builtIn ? (
                  <Tag color="gold" bordered={false}>
                    {t('roles.builtIn')}
                  </Tag>
                ) : (
                  <Tag bordered={false}>{t('roles.custom')}</Tag>
                ),
            },
            {
              title: t('roles.dataScope'),
              dataIndex: 'dataScope',
              width: 140,
              render: (scope: string) => <Tag color="processing">{scopeLabel(translator, scope)}</Tag>,
            },
            {
              title: t('roles.permissionCount'),
              dataIndex: 'permissions',
              width: 110,
              render: (permissions: string[]) =>
                permissions.includes(ALL_PERMISSIONS) ? t('perm.*') : permissions.length,
            },
            {
              title: t('roles.description'),
              dataIndex: 'description',
              ellipsis: true,
              render: (_: string, role: Role) => roleDescription(translator, role),
            },
            { title: t('common.updatedAt'), dataIndex: 'updatedAt', width: 170, render: formatDateTime },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 130,
              fixed: 'right',
              render: (_, role) => (
                <Space size="middle">
                  <a onClick={() => setEditing(role)} data-testid="roles-edit">
                    {canWrite && !role.builtIn ? t('common.edit') : t('common.view')}
                  </a>
                  {canWrite && !role.builtIn && (
                    <Popconfirm
                      title={t('common.deleteConfirm', { name: role.name })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove.mutateAsync(role)}
                    >
                      <a style={{ color: '#ff4d4f' }}>{t('common.delete')}</a>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <FormOverlay<RoleForm>
        open={editing !== null}
        title={title}
        form={form}
        fields={FIELDS}
        width={760}
        readOnly={readOnly}
        initialValues={
          editing && editing !== 'new'
            ? {
                name: editing.builtIn ? roleLabel(translator, editing) : editing.name,
                description: editing.builtIn ? roleDescription(translator, editing) : editing.description,
                dataScope: editing.dataScope,
                permissions: editing.permissions,
              }
            : { dataScope: 'OWN', permissions: [] }
        }
        onClose={() => setEditing(null)}
        onSubmit={(values) => save.mutateAsync(values)}
        testId="role-form"
      >
        {editing !== null && editing !== 'new' && editing.builtIn && (
          <Alert type="warning" showIcon message={t('roles.builtInReadOnly')} style={{ marginBottom: 16 }} />
        )}
        <Row gutter={16}>
          <Col flex="auto">
            <Form.Item
              name="name"
              label={t('roles.name')}
              rules={[rules.required(t('roles.name')), rules.max(t('roles.name'), 64)]}
            >
              <Input maxLength={64} data-testid="role-field-name" />
            </Form.Item>
          </Col>
          <Col flex="220px">
            <Form.Item
              name="dataScope"
              label={t('roles.dataScope')}
              rules={[rules.select(t('roles.dataScope'))]}
            >
              <Select
                data-testid="role-field-scope"
                options={DATA_SCOPES.map((scope) => ({ value: scope, label: scopeLabel(translator, scope) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="description"
          label={t('roles.description')}
          rules={[rules.max(t('roles.description'), 500)]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="role-field-description" />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t('roles.permissions')}
          rules={[
            {
              validator: (_, value: string[] | undefined) =>
                value && value.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('roles.atLeastOne'))),
            },
          ]}
        >
          <PermissionMatrix catalogue={catalogue.data?.items ?? []} loading={catalogue.isLoading} />
        </Form.Item>
      </FormOverlay>
    </PageContainer>
  );
}
