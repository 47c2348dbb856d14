import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { customersApi, type CustomerInput } from '../../api';
import { CUSTOMER_KINDS, type Customer } from '../../api/types';
import { useAuth } from '../../auth/AuthProvider';
import { CursorPager } from '../../components/CursorPager';
import { FormOverlay } from '../../components/FormOverlay';
import { formatDateTime } from '../../components/format';
import { BranchSelect, useBranchName } from '../../components/lookups';
import { PageContainer } from '../../components/PageContainer';
import { formRules } from '../../components/rules';
import { rowTestId } from '../../components/testids';
import { useCursorPages } from '../../components/useCursorPages';
import { useI18n } from '../../i18n/I18nProvider';

const FIELDS = ['kind', 'name', 'phone', 'email'] as const;

export default function CustomersPage() {
  const translator = useI18n();
  const { t, tx } = translator;
  const rules = formRules(translator);
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const branchName = useBranchName();
  const [branchId, setBranchId] = useState<string | undefined>(undefined);
  const [form] = Form.useForm<CustomerInput>();
  const [creating, setCreating] = useState(false);
  const list = useCursorPages(['customers', branchId ?? null], (pageToken) =>
    customersApi.list({ branchId, pageToken, pageSize: 20 }),
  );

  const create = useMutation({
    mutationFn: (values: CustomerInput) =>
      customersApi.create({
        kind: values.kind,
        name: values.name.trim(),
        phone: values.phone?.trim() || undefined,
        email: values.email?.trim() || undefined,
      }),
    onSuccess: () => {
      void message.success(t('common.created'));
      return queryClient.invalidateQueries({ queryKey: ['customers'] });
    },
  });

  return (
    <PageContainer
      title={t('customers.title')}
      testId="customers-page"
      extra={
        can('customers.create') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="customers-create"
          >
            {t('customers.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="table-toolbar">
          <Space wrap>
            <Typography.Text>{t('users.branch')}</Typography.Text>
            <BranchSelect
              allowClear
              placeholder={t('common.all')}
              value={branchId}
              onChange={setBranchId}
              style={{ minWidth: 220 }}
            />
          </Space>
          <Button icon={<ReloadOutlined />} onClick={() => void list.query.refetch()}>
            {t('common.refresh')}
          </Button>
        </div>
        <Table<Customer>
          rowKey="id"
          size="middle"
          loading={list.query.isFetching}
          dataSource={list.items}
          pagination={false}
          scroll={{ x: 800 }}
          data-testid="customers-table"
          onRow={rowTestId('customers-row')}
          columns={[
            { title: t('customers.name'), dataIndex: 'name' },
            {
              title: t('customers.kind'),
              dataIndex: 'kind',
              width: 100,
              render: (kind: string) => (
                <Tag color={kind === 'COMPANY' ? 'blue' : 'green'} bordered={false}>
                  {tx(`customerKind.${kind}`, kind)}
                </Tag>
              ),
            },
            { title: t('customers.phone'), dataIndex: 'phone', width: 160 },
            { title: t('customers.email'), dataIndex: 'email', ellipsis: true },
            { title: t('users.branch'), dataIndex: 'branchId', width: 140, render: branchName },
            { title: t('common.createdAt'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
          ]}
        />
        <CursorPager
          page={list.page}
          hasPrev={list.hasPrev}
          hasNext={list.hasNext}
          onPrev={list.prev}
          onNext={list.next}
        />
      </Card>
      <FormOverlay<CustomerInput>
        open={creating}
        title={t('customers.create')}
        form={form}
        fields={FIELDS}
        initialValues={{ kind: 'COMPANY' }}
        onClose={() => setCreating(false)}
        onSubmit={(values) => create.mutateAsync(values)}
        testId="customer-form"
      >
        <Form.Item name="kind" label={t('customers.kind')} rules={[rules.select(t('customers.kind'))]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            data-testid="customer-field-kind"
            options={CUSTOMER_KINDS.map((kind) => ({ value: kind, label: tx(`customerKind.${kind}`, kind) }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('customers.name')}
          rules={[rules.required(t('customers.name')), rules.max(t('customers.name'), 200)]}
        >
          <Input maxLength={200} data-testid="customer-field-name" />
        </Form.Item>
        <Form.Item name="phone" label={t('customers.phone')} rules={[rules.phone()]}>
          <Input maxLength={40} data-testid="customer-field-phone" />
        </Form.Item>
        <Form.Item name="email" label={t('customers.email')} rules={[rules.email()]}>
          <Input maxLength={254} data-testid="customer-field-email" />
        </Form.Item>
      </FormOverlay>
    </PageContainer>
  );
}
