import { CreditCardOutlined, PhoneOutlined, PlusOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api/client';
import { screenPopApi, type PopCustomerInput } from '../api/live';
import { useAuth } from '../auth/AuthProvider';
import { useErrorReporter } from '../components/errors';
import { FormOverlay } from '../components/FormOverlay';
import { formRules } from '../components/rules';
import { useI18n } from '../i18n/I18nProvider';
import type { UnrecognizedPop } from './live-message';
import { PopCard } from './PopCard';
import { formatPhone } from '../components/phone';

interface CreateForm extends PopCustomerInput {
  acknowledgeDuplicates?: boolean;
}

/** What was done with the unknown card or number in place. */
interface Outcome {
  customerId: string;
  name: string;
  issued: boolean;
}

const CREATE_FIELDS = ['kind', 'name', 'phone'] as const;
const ISSUE_FIELDS = ['customerId'] as const;

/** Customers matching the typed name, for the issue-card picker. */
function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: ['customers', 'screen-pop-search', q],
    queryFn: () => screenPopApi.searchCustomers(q),
    enabled: q.trim().length > 0,
    staleTime: 10_000,
  });
}

/** An unknown card or number: create a customer from it, or give the card to an existing customer. */
export function UnknownPopCard({ pop, onDismiss }: { pop: UnrecognizedPop; onDismiss(): void }) {
  const translator = useI18n();
  const { t, tx } = translator;
  const rules = formRules(translator);
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const queryClient = useQueryClient();
  const [createForm] = Form.useForm<CreateForm>();
  const [issueForm] = Form.useForm<{ customerId: string }>();
  const [creating, setCreating] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [duplicates, setDuplicates] = useState(false);
  const [q, setQ] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const search = useCustomerSearch(q);
  const isCard = pop.source === 'card';
  // A card can be given to a new customer only by someone who may also issue cards.
  const canCreate = can('customers.create') && (!isCard || can('customers.cards'));
  const canIssue = isCard && can('customers.cards');

  const create = async (values: CreateForm) => {
    let customer;
    try {
      customer = await screenPopApi.createCustomer({
        kind: values.kind,
        name: values.name.trim(),
        phone: values.phone?.trim() || undefined,
        acknowledgeDuplicates: values.acknowledgeDuplicates || undefined,
      });
    } catch (error) {
      // Possible duplicates: say so, and let the user create anyway (or issue to the existing one).
      if (isApiError(error) && error.code === 'ALREADY_EXISTS') setDuplicates(true);
      throw error;
    }
    if (isCard) {
      try {
        await screenPopApi.issueCard(customer.id, pop.cardUid);
      } catch (error) {
        // The customer exists now: never offer to create it again, say why the card is not theirs.
        setOutcome({ customerId: customer.id, name: customer.name, issued: false });
        report(error);
        return;
      }
    }
    setOutcome({ customerId: customer.id, name: customer.name, issued: isCard });
    void message.success(isCard ? t('screenPop.createdAndIssued') : t('common.created'));
    await queryClient.invalidateQueries({ queryKey: ['customers'] });
  };

  const issue = async ({ customerId }: { customerId: string }) => {
    const { customer } = await screenPopApi.issueCard(customerId, pop.cardUid);
    setOutcome({ customerId: customer.id, name: customer.name, issued: true });
    void message.success(t('screenPop.issued', { name: customer.name }));
    await queryClient.invalidateQueries({ queryKey: ['customers'] });
  };

  return (
    <>
      <PopCard
        pop={pop}
        onDismiss={onDismiss}
        title={
          <Space size={6}>
            <QuestionCircleOutlined />
            <span data-testid="screen-pop-unknown-title">
              {isCard ? t('screenPop.unknownCard') : t('screenPop.unknownCaller')}
            </span>
          </Space>
        }
      >
        {outcome ? (
          <Alert
            type="success"
            showIcon
            data-testid="screen-pop-outcome"
            message={
              <span>
                {outcome.issued ? t('screenPop.cardNowBelongsTo') : t('screenPop.createdCustomer')}{' '}
                <Link to={`/customers/${encodeURIComponent(outcome.customerId)}`}>{outcome.name}</Link>
              </span>
            }
          />
        ) : (
          <Space wrap>
            {canCreate && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => {
                  setDuplicates(false);
                  setCreating(true);
                }}
                data-testid="screen-pop-create"
              >
                {t('screenPop.createCustomer')}
              </Button>
            )}
            {canIssue && (
              <Button
                icon={<CreditCardOutlined />}
                onClick={() => setIssuing(true)}
                data-testid="screen-pop-issue"
              >
                {t('screenPop.issueCard')}
              </Button>
            )}
            {!canCreate && !canIssue && (
              <Typography.Text type="secondary">{t('screenPop.noActions')}</Typography.Text>
            )}
          </Space>
        )}
      </PopCard>

      {/* Modals: they render in a portal, so they need not sit inside the card. */}
      <FormOverlay<CreateForm>
        kind="modal"
        open={creating}
        title={isCard ? t('screenPop.createForCard', { uid: pop.cardUid }) : t('screenPop.createCustomer')}
        form={createForm}
        fields={CREATE_FIELDS}
        initialValues={{
          kind: 'INDIVIDUAL',
          phone: pop.source === 'call' ? formatPhone(pop.callerNumber) : undefined,
        }}
        onClose={() => setCreating(false)}
        onSubmit={create}
        testId="screen-pop-create-form"
      >
        <Form.Item name="kind" label={t('customers.kind')} rules={[rules.select(t('customers.kind'))]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['INDIVIDUAL', 'COMPANY'] as const).map((kind) => ({
              value: kind,
              label: tx(`customerKind.${kind}`, kind),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('customers.name')}
          rules={[rules.required(t('customers.name')), rules.max(t('customers.name'), 200)]}
        >
          <Input maxLength={200} autoFocus data-testid="screen-pop-field-name" />
        </Form.Item>
        <Form.Item name="phone" label={t('customers.phone')} rules={[rules.phone()]}>
          <Input maxLength={40} prefix={<PhoneOutlined />} data-testid="screen-pop-field-phone" />
        </Form.Item>
        {duplicates && (
          <>
            <Alert type="warning" showIcon message={t('screenPop.duplicates')} style={{ marginBottom: 12 }} />
            <Form.Item name="acknowledgeDuplicates" valuePropName="checked">
              <Checkbox data-testid="screen-pop-field-ack">{t('screenPop.createAnyway')}</Checkbox>
            </Form.Item>
          </>
        )}
      </FormOverlay>

      <FormOverlay<{ customerId: string }>
        kind="modal"
        open={issuing}
        title={t('screenPop.issueCardTitle', { uid: pop.cardUid })}
        form={issueForm}
        fields={ISSUE_FIELDS}
        onClose={() => setIssuing(false)}
        onSubmit={issue}
        submitText={t('screenPop.issueSubmit')}
        testId="screen-pop-issue-form"
      >
        <Form.Item
          name="customerId"
          label={t('screenPop.issueTo')}
          rules={[rules.select(t('screenPop.issueTo'))]}
          extra={t('screenPop.issueSearchHint')}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={search.isFetching}
            placeholder={t('screenPop.issueSearch')}
            notFoundContent={q.trim() ? t('common.empty') : null}
            options={(search.data?.items ?? []).map((c) => ({
              value: c.id,
              label: c.phone ? `${c.name} · ${formatPhone(c.phone)}` : c.name,
            }))}
            data-testid="screen-pop-issue-customer"
          />
        </Form.Item>
      </FormOverlay>
    </>
  );
}
