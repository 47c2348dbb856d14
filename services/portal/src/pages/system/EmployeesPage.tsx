import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, Popconfirm, Row, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { employeesApi, type EmployeeInput } from '../../api';
import { EMPLOYEE_CATEGORIES, type Employee } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthProvider';
import { useErrorReporter } from '../../components/errors';
import { FormOverlay } from '../../components/FormOverlay';
import { BranchSelect, DepartmentSelect, useBranchName, useDepartmentName } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { PagedTable } from '../../components/PagedTable';
import { formRules } from '../../components/rules';
import { SearchButtons } from '../../components/SearchButtons';
import { TableToolbar } from '../../components/TableToolbar';
import { useCursorPages } from '../../components/useCursorPages';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPhone } from '../../components/phone';

interface Filters {
  q?: string;
  branchId?: string;
  departmentId?: string;
}
interface EmployeeForm {
  number: string;
  name: string;
  category: Employee['category'];
  phone?: string;
  email?: string;
  address?: string;
  branchId: string;
  departmentId?: string | null;
}
const FIELDS = [
  'number',
  'name',
  'category',
  'phone',
  'email',
  'address',
  'branchId',
  'departmentId',
] as const;

const categoryColor: Record<Employee['category'], string> = {
  STAFF: 'default',
  SALES: 'blue',
  SERVICE: 'cyan',
  DRIVER: 'orange',
  MANAGER: 'purple',
  OTHER: 'default',
};

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export default function EmployeesPage() {
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
  const [searchBranch, setSearchBranch] = useState<string | undefined>(undefined);
  const [form] = Form.useForm<EmployeeForm>();
  const [editing, setEditing] = useState<Employee | 'new' | null>(null);
  const formBranch = Form.useWatch('branchId', form);
  const canWrite = can('employees.write');

  const list = useCursorPages(['employees', filters], (pageToken) =>
    employeesApi.list({ ...filters, pageToken, pageSize: 20 }),
  );

  const departmentName = useDepartmentName(list.items.map((e) => e.branchId));
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['employees'] });
  const save = useMutation({
    mutationFn: (values: EmployeeForm) => {
      const common = { number: values.number.trim(), name: values.name.trim(), category: values.category };
      if (editing && editing !== 'new') {
        // A PATCH: null clears an optional field; an employee stays in its branch.
        return employeesApi.update(editing.id, {
          ...common,
          phone: blankToUndefined(values.phone) ?? null,
          email: blankToUndefined(values.email) ?? null,
          address: blankToUndefined(values.address) ?? null,
          departmentId: values.departmentId ?? null,
        });
      }
      const input: EmployeeInput = {
        ...common,
        phone: blankToUndefined(values.phone),
        email: blankToUndefined(values.email),
        address: blankToUndefined(values.address),
        branchId: values.branchId,
        departmentId: values.departmentId ?? undefined,
      };
      return employeesApi.create(input);
    },
    onSuccess: () => {
      void message.success(editing === 'new' ? t('common.created') : t('common.saved'));
      return invalidate();
    },
  });
  const remove = useMutation({
    mutationFn: (employee: Employee) => employeesApi.remove(employee.id),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      return invalidate();
    },
    onError: report,
  });

  const search = (values: Filters) =>
    setFilters({
      q: blankToUndefined(values.q),
      branchId: values.branchId,
      departmentId: values.departmentId,
    });

  return (
    <PageContainer
      title={t('employees.title')}
      testId="employees-page"
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="employees-create"
          >
            {t('employees.create')}
          </Button>
        )
      }
    >
      <Card>
        <Form<Filters>
          form={searchForm}
          className="search-form"
          onFinish={search}
          data-testid="employees-search-form"
        >
          <Row gutter={[24, 16]}>
            <Col xs={24} md={8}>
              <Form.Item name="q" label={t('employees.keyword')}>
                <Input
                  allowClear
                  placeholder={t('employees.searchPlaceholder')}
                  data-testid="employees-search-q"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="branchId" label={t('employees.branch')}>
                <BranchSelect
                  allowClear
                  placeholder={t('common.all')}
                  onChange={(value) => {
                    setSearchBranch(value);
                    searchForm.setFieldValue('departmentId', undefined);
                  }}
                  data-testid="employees-search-branch"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item name="departmentId" label={t('employees.department')}>
                <DepartmentSelect branchId={searchBranch ?? me.branchId} placeholder={t('common.all')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={5} style={{ textAlign: 'right' }}>
              <SearchButtons
                onReset={() => {
                  searchForm.resetFields();
                  setSearchBranch(undefined);
                  setFilters({});
                }}
                searchTestId="employees-search"
              />
            </Col>
          </Row>
        </Form>
      </Card>
      <Card>
        <TableToolbar title={t('employees.title')} onRefresh={list.query.refetch} />
        <PagedTable<Employee>
          list={list}
          rowKey="id"
          scroll={{ x: 960 }}
          testId="employees-table"
          rowTestId="employees-row"
          columns={[
            { title: t('employees.number'), dataIndex: 'number', width: 110 },
            { title: t('employees.name'), dataIndex: 'name', width: 120 },
            {
              title: t('employees.category'),
              dataIndex: 'category',
              width: 100,
              render: (category: Employee['category']) => (
                <Tag color={categoryColor[category]} bordered={false}>
                  {translator.tx(`employeeCategory.${category}`, category)}
                </Tag>
              ),
            },
            { title: t('employees.phone'), dataIndex: 'phone', width: 150, render: formatPhone },
            { title: t('employees.email'), dataIndex: 'email', ellipsis: true },
            { title: t('employees.branch'), dataIndex: 'branchId', width: 140, render: branchName },
            {
              title: t('employees.department'),
              dataIndex: 'departmentId',
              width: 140,
              render: departmentName,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 130,
              fixed: 'right',
              render: (_, employee) =>
                canWrite && (
                  <Space size="middle">
                    <a onClick={() => setEditing(employee)}>{t('common.edit')}</a>
                    <Popconfirm
                      title={t('common.deleteConfirm', { name: employee.name })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove.mutateAsync(employee)}
                    >
                      <a style={{ color: '#ff4d4f' }}>{t('common.delete')}</a>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <FormOverlay<EmployeeForm>
        open={editing !== null}
        title={editing === 'new' ? t('employees.create') : t('employees.edit')}
        form={form}
        fields={FIELDS}
        width={560}
        initialValues={
          editing && editing !== 'new'
            ? {
                ...editing,
                phone: editing.phone ?? undefined,
                email: editing.email ?? undefined,
                address: editing.address ?? undefined,
              }
            : { category: 'STAFF', branchId: me.branchId }
        }
        onClose={() => setEditing(null)}
        onSubmit={(values) => save.mutateAsync(values)}
        testId="employee-form"
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="number"
              label={t('employees.number')}
              rules={[rules.required(t('employees.number')), rules.max(t('employees.number'), 32)]}
            >
              <Input maxLength={32} data-testid="employee-field-number" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="name"
              label={t('employees.name')}
              rules={[rules.required(t('employees.name')), rules.max(t('employees.name'), 100)]}
            >
              <Input maxLength={100} data-testid="employee-field-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="category"
              label={t('employees.category')}
              rules={[rules.select(t('employees.category'))]}
            >
              <Select
                data-testid="employee-field-category"
                options={EMPLOYEE_CATEGORIES.map((c) => ({
                  value: c,
                  label: translator.tx(`employeeCategory.${c}`, c),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={t('employees.phone')} rules={[rules.phone()]}>
              <Input maxLength={40} data-testid="employee-field-phone" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="email" label={t('employees.email')} rules={[rules.email()]}>
              <Input maxLength={254} data-testid="employee-field-email" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="address"
              label={t('employees.address')}
              rules={[rules.max(t('employees.address'), 300)]}
            >
              <Input maxLength={300} data-testid="employee-field-address" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="branchId"
              label={t('employees.branch')}
              rules={[rules.select(t('employees.branch'))]}
            >
              <BranchSelect
                onChange={() => form.setFieldValue('departmentId', undefined)}
                disabled={editing !== 'new'}
                data-testid="employee-field-branch"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="departmentId" label={t('employees.department')}>
              <DepartmentSelect branchId={formBranch} data-testid="employee-field-department" />
            </Form.Item>
          </Col>
        </Row>
      </FormOverlay>
    </PageContainer>
  );
}
