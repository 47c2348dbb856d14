import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useMemo, useState, type Key } from 'react';
import { departmentsApi } from '../../api';
import type { Department } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthProvider';
import { useErrorReporter } from '../../components/errors';
import { FormOverlay } from '../../components/FormOverlay';
import { formatDateTime } from '../../components/format';
import { BranchSelect, DepartmentSelect, queryKeys, useDepartments } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { formRules } from '../../components/rules';
import { rowTestId } from '../../components/testids';
import { descendantIds, type DepartmentNode } from '../../components/tree';
import { useI18n } from '../../i18n/I18nProvider';

interface DepartmentForm {
  number: string;
  name: string;
  parentId?: string | null;
}
const FIELDS = ['number', 'name', 'parentId'] as const;

type Editing = { mode: 'create'; parentId?: string } | { mode: 'edit'; department: Department } | null;

export default function DepartmentsPage() {
  const translator = useI18n();
  const { t } = translator;
  const rules = formRules(translator);
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const queryClient = useQueryClient();
  const [branchId, setBranchId] = useState<string>(me.branchId);
  const departments = useDepartments(branchId);
  const [form] = Form.useForm<DepartmentForm>();
  const [editing, setEditing] = useState<Editing>(null);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const canWrite = can('departments.write');

  const allIds = useMemo(() => departments.items.map((d) => d.id), [departments.items]);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: queryKeys.departments(branchId) });

  const save = useMutation({
    mutationFn: (values: DepartmentForm) =>
      editing?.mode === 'edit'
        ? departmentsApi.update(editing.department.id, {
            number: values.number,
            name: values.name,
            parentId: values.parentId ?? null,
          })
        : departmentsApi.create({
            branchId,
            number: values.number,
            name: values.name,
            parentId: values.parentId ?? undefined,
          }),
    onSuccess: () => {
      void message.success(editing?.mode === 'edit' ? t('common.saved') : t('common.created'));
      return invalidate();
    },
  });

  const remove = useMutation({
    mutationFn: (department: Department) => departmentsApi.remove(department.id),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      return invalidate();
    },
    onError: report,
  });

  const disabledParents =
    editing?.mode === 'edit' ? descendantIds(departments.items, editing.department.id) : undefined;

  return (
    <PageContainer
      title={t('departments.title')}
      testId="departments-page"
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ mode: 'create' })}
            data-testid="departments-create"
          >
            {t('departments.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="table-toolbar">
          <Space wrap>
            <Typography.Text>{t('departments.branch')}</Typography.Text>
            <BranchSelect
              value={branchId}
              onChange={(value) => value && setBranchId(value)}
              style={{ minWidth: 220 }}
              data-testid="departments-branch"
            />
          </Space>
          <Space wrap>
            <Button onClick={() => setExpanded(allIds)}>{t('departments.expandAll')}</Button>
            <Button onClick={() => setExpanded([])}>{t('departments.collapseAll')}</Button>
            <Button icon={<ReloadOutlined />} onClick={() => void departments.refetch()}>
              {t('common.refresh')}
            </Button>
          </Space>
        </div>
        <Table<DepartmentNode>
          rowKey="id"
          size="middle"
          loading={departments.isFetching}
          dataSource={departments.tree}
          pagination={false}
          data-testid="departments-table"
          onRow={rowTestId('departments-row')}
          expandable={{
            expandedRowKeys: expanded ?? allIds,
            onExpandedRowsChange: (keys) => setExpanded(keys),
          }}
          columns={[
            { title: t('departments.name'), dataIndex: 'name' },
            { title: t('departments.number'), dataIndex: 'number', width: 160 },
            { title: t('common.createdAt'), dataIndex: 'createdAt', width: 180, render: formatDateTime },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 220,
              render: (_, department) =>
                canWrite && (
                  <Space size="middle">
                    <a onClick={() => setEditing({ mode: 'create', parentId: department.id })}>
                      {t('departments.createChild')}
                    </a>
                    <a onClick={() => setEditing({ mode: 'edit', department })}>{t('common.edit')}</a>
                    <Popconfirm
                      title={t('common.deleteConfirm', { name: department.name })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove.mutateAsync(department)}
                    >
                      <a className="ant-typography-danger" style={{ color: '#ff4d4f' }}>
                        {t('common.delete')}
                      </a>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <FormOverlay<DepartmentForm>
        kind="modal"
        open={editing !== null}
        title={editing?.mode === 'edit' ? t('departments.edit') : t('departments.create')}
        form={form}
        fields={FIELDS}
        initialValues={
          editing?.mode === 'edit'
            ? {
                number: editing.department.number,
                name: editing.department.name,
                parentId: editing.department.parentId,
              }
            : { parentId: editing?.parentId }
        }
        onClose={() => setEditing(null)}
        onSubmit={(values) => save.mutateAsync(values)}
        testId="department-form"
      >
        <Form.Item
          name="number"
          label={t('departments.number')}
          rules={[rules.required(t('departments.number')), rules.max(t('departments.number'), 32)]}
        >
          <Input maxLength={32} data-testid="department-field-number" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('departments.name')}
          rules={[rules.required(t('departments.name')), rules.max(t('departments.name'), 100)]}
        >
          <Input maxLength={100} data-testid="department-field-name" />
        </Form.Item>
        <Form.Item name="parentId" label={t('departments.parent')}>
          <DepartmentSelect
            branchId={branchId}
            disabledIds={disabledParents}
            placeholder={t('departments.top')}
            data-testid="department-field-parent"
          />
        </Form.Item>
      </FormOverlay>
    </PageContainer>
  );
}
