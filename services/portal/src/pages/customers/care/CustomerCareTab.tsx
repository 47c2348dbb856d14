import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { careApi } from '../../../api/customers-care';
import type { Anniversary, CustomerCareFields } from '../../../api/customers-care.types';
import type { Customer, CustomerContact } from '../../../api/types';
import { useAuth } from '../../../auth/AuthProvider';
import { useErrorReporter } from '../../../components/errors';
import { FormOverlay } from '../../../components/FormOverlay';
import { formRules } from '../../../components/rules';
import { rowTestId } from '../../../components/testids';
import { useI18n } from '../../../i18n/I18nProvider';
import { daysUntilKey, nextOccurrence, urgencyColor } from './care-logic';

/** What the customers service keeps per customer (its table's check). */
export const MAX_ANNIVERSARIES = 10;

interface AnniversaryForm {
  label: string;
  date: Dayjs;
}

/**
 * The care tab of the customer detail page: the customer's anniversaries (kept here: add, edit,
 * remove) and its contacts' birthdays (edited with the contacts), each with its next occurrence.
 */
export function CustomerCareTab(props: { customer: Customer; refresh(): Promise<unknown> }) {
  const translator = useI18n();
  const { t } = translator;
  const rules = formRules(translator);
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const [form] = Form.useForm<AnniversaryForm>();
  /** The index being edited, 'new', or closed. */
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const { customer } = props;
  const anniversaries = (customer as Customer & CustomerCareFields).anniversaries ?? [];
  const birthdays = customer.contacts.filter((c) => c.birthday);
  const canWrite = can('customers.update');
  const today = dayjs().format('YYYY-MM-DD');

  const save = async (list: Anniversary[]) => {
    await careApi.setAnniversaries(customer.id, customer.version, list);
    void message.success(t('customerCare.anniversariesSaved'));
    await props.refresh();
  };

  const when = (date: string | null) => {
    const next = nextOccurrence(date, today);
    if (!next) return null;
    const key = daysUntilKey(next.daysUntil);
    return (
      <Space size={4}>
        <span>{next.date}</span>
        <Tag color={urgencyColor(next.daysUntil)} bordered={false} data-testid="care-next-days">
          {key === 'today'
            ? t('customerCare.today')
            : key === 'tomorrow'
              ? t('customerCare.tomorrow')
              : t('customerCare.inDays', { n: next.daysUntil })}
        </Tag>
      </Space>
    );
  };

  const edited = editing === null || editing === 'new' ? undefined : anniversaries[editing];

  return (
    <div data-testid="customer-care-tab">
      <div className="table-toolbar">
        <Space>
          <Typography.Text strong>{t('customerCare.anniversaries')}</Typography.Text>
          <Typography.Text type="secondary">
            {t('customerCare.maxAnniversaries', { n: MAX_ANNIVERSARIES })}
          </Typography.Text>
        </Space>
        {canWrite && (
          <Button
            icon={<PlusOutlined />}
            disabled={anniversaries.length >= MAX_ANNIVERSARIES}
            onClick={() => setEditing('new')}
            data-testid="anniversary-add"
          >
            {t('customerCare.addAnniversary')}
          </Button>
        )}
      </div>
      <Table<Anniversary & { index: number }>
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={anniversaries.map((a, index) => ({ ...a, index }))}
        data-testid="anniversaries-table"
        onRow={rowTestId('anniversary-row')}
        columns={[
          { title: t('customerCare.anniversaryLabel'), dataIndex: 'label' },
          { title: t('customerCare.date'), dataIndex: 'date', width: 130 },
          { title: t('customerCare.next'), key: 'next', width: 220, render: (_, a) => when(a.date) },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 140,
                  render: (_: unknown, a: Anniversary & { index: number }) => (
                    <Space size="middle">
                      <a onClick={() => setEditing(a.index)} data-testid="anniversary-edit">
                        {t('common.edit')}
                      </a>
                      <Popconfirm
                        title={t('common.deleteConfirm', { name: a.label })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() =>
                          save(anniversaries.filter((_, i) => i !== a.index)).catch((error: unknown) =>
                            report(error),
                          )
                        }
                      >
                        <a data-testid="anniversary-delete">{t('common.delete')}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <div className="table-toolbar" style={{ marginTop: 24 }}>
        <Typography.Text strong>{t('customerCare.birthdays')}</Typography.Text>
      </div>
      <Table<CustomerContact>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={birthdays}
        data-testid="birthdays-table"
        onRow={rowTestId('birthday-row')}
        columns={[
          { title: t('customerCare.contact'), dataIndex: 'name' },
          { title: t('customerCare.occasion.birthday'), dataIndex: 'birthday', width: 130 },
          { title: t('customerCare.next'), key: 'next', width: 220, render: (_, c) => when(c.birthday) },
        ]}
      />
      <FormOverlay<AnniversaryForm>
        kind="modal"
        open={editing !== null}
        title={editing === 'new' ? t('customerCare.addAnniversary') : t('customerCare.editAnniversary')}
        form={form}
        fields={['label', 'date']}
        initialValues={edited ? { label: edited.label, date: dayjs(edited.date) } : {}}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          const entry = { label: values.label.trim(), date: values.date.format('YYYY-MM-DD') };
          await save(
            editing === 'new' || editing === null
              ? [...anniversaries, entry]
              : anniversaries.map((a, i) => (i === editing ? entry : a)),
          );
        }}
        testId="anniversary-form"
      >
        <Form.Item
          name="label"
          label={t('customerCare.anniversaryLabel')}
          rules={[
            rules.required(t('customerCare.anniversaryLabel')),
            rules.max(t('customerCare.anniversaryLabel'), 200),
          ]}
        >
          <Input
            maxLength={200}
            placeholder={t('customerCare.anniversaryPlaceholder')}
            data-testid="anniversary-field-label"
          />
        </Form.Item>
        <Form.Item name="date" label={t('customerCare.date')} rules={[rules.select(t('customerCare.date'))]}>
          <DatePicker style={{ width: '100%' }} data-testid="anniversary-field-date" />
        </Form.Item>
      </FormOverlay>
    </div>
  );
}
