import { PlusOutlined } from '@ant-design/icons';
import { App, Badge, Button, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { customerCardsApi } from '../../../api/customers';
import type { CustomerCard } from '../../../api/types';
import { useAuth } from '../../../auth/AuthProvider';
import { FormOverlay } from '../../../components/FormOverlay';
import { formatDateTime } from '../../../components/format';
import { formRules } from '../../../components/rules';
import { rowTestId } from '../../../components/testids';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CustomerTabProps } from '../customer-tab-props';

type Dialog =
  { kind: 'issue' } | { kind: 'replace'; card: CustomerCard } | { kind: 'revoke'; card: CustomerCard };
interface CardForm {
  uid?: string;
  newUid?: string;
  reason?: string;
}

const statusBadge = { ACTIVE: 'success', REVOKED: 'default', REPLACED: 'warning' } as const;

/** Contactless cards (R-RT-1): issue, replace a lost one (the old one stops at once), revoke. */
export function CardsTab({ customer, refresh }: CustomerTabProps) {
  const translator = useI18n();
  const { t, tx } = translator;
  const rules = formRules(translator);
  const { can } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<CardForm>();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canWrite = can('customers.cards') && !customer.deletedAt;

  const submit = async (values: CardForm) => {
    if (!dialog) return;
    if (dialog.kind === 'issue') {
      await customerCardsApi.issue(customer.id, (values.uid ?? '').trim());
      void message.success(t('custCards.issued'));
    } else if (dialog.kind === 'replace') {
      await customerCardsApi.replace(
        customer.id,
        dialog.card.id,
        (values.newUid ?? '').trim(),
        values.reason?.trim() || undefined,
      );
      void message.success(t('custCards.replaced'));
    } else {
      await customerCardsApi.revoke(customer.id, dialog.card.id, values.reason?.trim() || undefined);
      void message.success(t('custCards.revoked'));
    }
    await refresh();
  };

  const title =
    dialog?.kind === 'issue'
      ? t('custCards.issue')
      : dialog?.kind === 'replace'
        ? t('custCards.replaceTitle')
        : t('custCards.revokeTitle');

  return (
    <div data-testid="customer-cards">
      {canWrite && (
        <div className="table-toolbar">
          <span />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'issue' })}
            data-testid="card-issue"
          >
            {t('custCards.issue')}
          </Button>
        </div>
      )}
      <Table<CustomerCard>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={customer.cards}
        locale={{ emptyText: t('custCards.none') }}
        data-testid="customer-cards-table"
        onRow={rowTestId('customer-cards-row')}
        columns={[
          {
            title: t('custCards.uid'),
            dataIndex: 'uid',
            render: (uid: string) => <Typography.Text code>{uid}</Typography.Text>,
          },
          {
            title: t('custCards.status'),
            dataIndex: 'status',
            width: 110,
            render: (s: CustomerCard['status']) => (
              <Badge status={statusBadge[s]} text={tx(`cardStatus.${s}`, s)} />
            ),
          },
          { title: t('custCards.issuedAt'), dataIndex: 'issuedAt', width: 170, render: formatDateTime },
          { title: t('custCards.revokedAt'), dataIndex: 'revokedAt', width: 170, render: formatDateTime },
          { title: t('custCards.reason'), dataIndex: 'revokeReason', ellipsis: true },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 140,
            render: (_, card) =>
              canWrite &&
              card.status === 'ACTIVE' && (
                <Space>
                  <a onClick={() => setDialog({ kind: 'replace', card })} data-testid="card-replace">
                    {t('custCards.replace')}
                  </a>
                  <a onClick={() => setDialog({ kind: 'revoke', card })} data-testid="card-revoke">
                    {t('custCards.revoke')}
                  </a>
                </Space>
              ),
          },
        ]}
      />
      <FormOverlay<CardForm>
        kind="modal"
        open={dialog !== null}
        title={title}
        form={form}
        fields={['uid', 'newUid', 'reason']}
        onClose={() => setDialog(null)}
        onSubmit={submit}
        testId="card-form"
      >
        {dialog?.kind === 'issue' && (
          <Form.Item
            name="uid"
            label={t('custCards.uid')}
            extra={t('custCards.uidHint')}
            rules={[rules.required(t('custCards.uid')), rules.max(t('custCards.uid'), 100)]}
          >
            <Input autoFocus maxLength={100} data-testid="card-field-uid" />
          </Form.Item>
        )}
        {dialog && dialog.kind !== 'issue' && (
          <Typography.Paragraph>
            {t('custCards.uid')}：<Typography.Text code>{dialog.card.uid}</Typography.Text>
          </Typography.Paragraph>
        )}
        {dialog?.kind === 'replace' && (
          <Form.Item
            name="newUid"
            label={t('custCards.newUid')}
            extra={t('custCards.uidHint')}
            rules={[rules.required(t('custCards.newUid')), rules.max(t('custCards.newUid'), 100)]}
          >
            <Input autoFocus maxLength={100} data-testid="card-field-new-uid" />
          </Form.Item>
        )}
        {dialog && dialog.kind !== 'issue' && (
          <Form.Item
            name="reason"
            label={t('custCards.reason')}
            rules={[rules.max(t('custCards.reason'), 2000)]}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="card-field-reason" />
          </Form.Item>
        )}
      </FormOverlay>
    </div>
  );
}
