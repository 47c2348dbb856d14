import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Col, Form, Input, Popconfirm, Row, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { usersApi, type CreateUserInput, type UpdateUserInput } from '../../api';
import type { User } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthProvider';
import { canAssignRole } from '../../auth/permissions';
import { useErrorReporter } from '../../components/errors';
import { FormOverlay } from '../../components/FormOverlay';
import { formatDateTime } from '../../components/format';
import {
  BranchSelect,
  DepartmentSelect,
  RoleSelect,
  RoleTags,
  useBranchName,
  useDepartmentName,
} from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { PagedTable } from '../../components/PagedTable';
import { formRules } from '../../components/rules';
import { SearchButtons } from '../../components/SearchButtons';
import { TableToolbar } from '../../components/TableToolbar';
import { useCursorPages } from '../../components/useCursorPages';
import { useI18n } from '../../i18n/I18nProvider';

interface Filters {
  q?: string;
  branchId?: string;
}
interface UserForm {
  username: string;
  displayName: string;
  password: string;
  branchId: string;
  departmentId?: string | null;
  roleIds: string[];
  disabled?: boolean;
  extension?: string | null;
}
const FIELDS = [
  'username',
  'displayName',
  'password',
  'branchId',
  'departmentId',
  'roleIds',
  'disabled',
  'extension',
] as const;

export default function UsersPage() {
  const translator = useI18n();
  const { t } = translator;
  const rules = formRules(translator);
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const queryClient = useQueryClient();
  const branchName = useBranchName();
  const [searchForm] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [form] = Form.useForm<UserForm>();
  const [resetForm] = Form.useForm<{ newPassword: string }>();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const formBranch = Form.useWatch('branchId', form);
  const canWrite = can('users.write');
  const editingSelf = editing !== null && editing !== 'new' && editing.id === me.id;

  const list = useCursorPages(['users', filters], (pageToken) =>
    usersApi.list({ ...filters, pageToken, pageSize: 20 }),
  );
  const departmentName = useDepartmentName(list.items.map((u) => u.branchId));
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['users'] });

  const save = useMutation({
    mutationFn: (values: UserForm) => {
      if (editing && editing !== 'new') {
        const input: UpdateUserInput = {
          displayName: values.displayName.trim(),
          branchId: values.branchId,
          departmentId: values.departmentId ?? null,
          disabled: values.disabled ?? false,
          extension: values.extension?.trim() || null,
        };
        if (!editingSelf) input.roleIds = values.roleIds ?? [];
        return usersApi.update(editing.id, input);
      }
      const input: CreateUserInput = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        branchId: values.branchId,
        roleIds: values.roleIds ?? [],
      };
      if (values.departmentId) input.departmentId = values.departmentId;
      if (values.extension?.trim()) input.extension = values.extension.trim();
      return usersApi.create(input);
    },
    onSuccess: () => {
      void message.success(editing === 'new' ? t('common.created') : t('common.saved'));
      return invalidate();
    },
  });
  const unlock = useMutation({
    mutationFn: (user: User) => usersApi.unlock(user.id),
    onSuccess: () => {
      void message.success(t('users.unlocked'));
      return invalidate();
    },
    onError: report,
  });

  const status = (user: User) =>
    user.disabled ? (
      <Badge status="default" text={t('users.statusDisabled')} />
    ) : user.locked ? (
      <Badge status="error" text={t('users.statusLocked')} />
    ) : (
      <Badge status="success" text={t('users.statusActive')} />
    );

  return (
    <PageContainer
      title={t('users.title')}
      testId="users-page"
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="users-create"
          >
            {t('users.create')}
          </Button>
        )
      }
    >
      <Card>
        <Form<Filters>
          form={searchForm}
          className="search-form"
          onFinish={(values) => setFilters({ q: values.q?.trim() || undefined, branchId: values.branchId })}
          data-testid="users-search-form"
        >
          <Row gutter={[24, 16]}>
            <Col xs={24} md={9}>
              <Form.Item name="q" label={t('users.keyword')}>
                <Input allowClear placeholder={t('users.searchPlaceholder')} data-testid="users-search-q" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="branchId" label={t('users.branch')}>
                <BranchSelect allowClear placeholder={t('common.all')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={7} style={{ textAlign: 'right' }}>
              <SearchButtons
                onReset={() => {
                  searchForm.resetFields();
                  setFilters({});
                }}
                searchTestId="users-search"
              />
            </Col>
          </Row>
        </Form>
      </Card>
      <Card>
        <TableToolbar title={t('users.title')} onRefresh={list.query.refetch} />
        <PagedTable<User>
          list={list}
          rowKey="id"
          scroll={{ x: 1000 }}
          testId="users-table"
          rowTestId="users-row"
          columns={[
            { title: t('users.username'), dataIndex: 'username', width: 140 },
            { title: t('users.displayName'), dataIndex: 'displayName', width: 120 },
            { title: t('users.branch'), dataIndex: 'branchId', width: 140, render: branchName },
            {
              title: t('users.department'),
              dataIndex: 'departmentId',
              width: 120,
              render: departmentName,
            },
            {
              title: t('users.roles'),
              dataIndex: 'roles',
              render: (roles: User['roles']) => <RoleTags roles={roles} />,
            },
            {
              title: t('telephony.extension'),
              dataIndex: 'extension',
              width: 90,
              render: (extension: string | null) => extension ?? '—',
            },
            { title: t('users.status'), key: 'status', width: 100, render: (_, user) => status(user) },
            { title: t('common.createdAt'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 200,
              fixed: 'right',
              render: (_, user) =>
                canWrite && (
                  <Space size="middle">
                    <a onClick={() => setEditing(user)} data-testid="users-edit">
                      {t('common.edit')}
                    </a>
                    <a onClick={() => setResetting(user)}>{t('users.resetPassword')}</a>
                    {user.locked && (
                      <Popconfirm
                        title={t('users.unlockConfirm', { name: user.displayName })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => unlock.mutateAsync(user)}
                      >
                        <a>{t('users.unlock')}</a>
                      </Popconfirm>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Card>

      <FormOverlay<UserForm>
        open={editing !== null}
        title={editing === 'new' ? t('users.create') : t('users.edit')}
        form={form}
        fields={FIELDS}
        width={560}
        initialValues={
          editing && editing !== 'new'
            ? {
                username: editing.username,
                displayName: editing.displayName,
                branchId: editing.branchId,
                departmentId: editing.departmentId,
                roleIds: editing.roles.map((r) => r.id),
                disabled: editing.disabled,
                extension: editing.extension,
              }
            : { branchId: me.branchId, roleIds: [] }
        }
        onClose={() => setEditing(null)}
        onSubmit={(values) => save.mutateAsync(values)}
        testId="user-form"
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={editing === 'new' ? [rules.required(t('users.username')), rules.username()] : []}
        >
          <Input
            disabled={editing !== 'new'}
            maxLength={64}
            autoComplete="off"
            data-testid="user-field-username"
          />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[rules.required(t('users.displayName')), rules.max(t('users.displayName'), 100)]}
        >
          <Input maxLength={100} data-testid="user-field-displayName" />
        </Form.Item>
        {editing === 'new' && (
          <Form.Item
            name="password"
            label={t('users.password')}
            extra={
              <>
                {t('password.rule')}
                <br />
                {t('users.resetPasswordHint')}
              </>
            }
            rules={[rules.required(t('users.password')), rules.password(t('users.password'))]}
          >
            <Input.Password autoComplete="new-password" data-testid="user-field-password" />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="branchId" label={t('users.branch')} rules={[rules.select(t('users.branch'))]}>
              <BranchSelect
                onChange={() => form.setFieldValue('departmentId', undefined)}
                data-testid="user-field-branch"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="departmentId" label={t('users.department')}>
              <DepartmentSelect branchId={formBranch} data-testid="user-field-department" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="extension"
          label={t('telephony.extension')}
          extra={t('telephony.extensionHint')}
          rules={[{ pattern: /^\s*[0-9]{2,8}\s*$/, message: t('telephony.extensionInvalid') }]}
        >
          <Input maxLength={8} inputMode="numeric" autoComplete="off" data-testid="user-field-extension" />
        </Form.Item>
        <Form.Item
          name="roleIds"
          label={t('users.roles')}
          extra={editingSelf ? t('users.ownRolesHint') : t('users.escalationHint')}
        >
          <RoleSelect
            disabled={editingSelf}
            assignable={(role) => canAssignRole(me, role)}
            data-testid="user-field-roles"
          />
        </Form.Item>
        {editing !== 'new' && (
          <Form.Item name="disabled" label={t('users.disabled')} valuePropName="checked">
            <Switch disabled={editingSelf} data-testid="user-field-disabled" />
          </Form.Item>
        )}
      </FormOverlay>

      <FormOverlay<{ newPassword: string }>
        kind="modal"
        open={resetting !== null}
        title={
          <span>
            {t('users.resetPassword')}{' '}
            <Typography.Text type="secondary">{resetting?.displayName}</Typography.Text>
          </span>
        }
        form={resetForm}
        fields={['newPassword']}
        onClose={() => setResetting(null)}
        onSubmit={async ({ newPassword }) => {
          if (!resetting) return;
          await usersApi.resetPassword(resetting.id, newPassword);
          void message.success(t('users.passwordReset'));
        }}
        testId="reset-password-form"
      >
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={
            <>
              {t('password.rule')}
              <br />
              {t('users.resetPasswordHint')}
            </>
          }
          rules={[rules.required(t('password.new')), rules.password(t('password.new'))]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-password-new" />
        </Form.Item>
      </FormOverlay>
    </PageContainer>
  );
}
