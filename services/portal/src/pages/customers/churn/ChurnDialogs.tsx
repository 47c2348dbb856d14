import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { churnApi } from '../../../api/customers-care';
import type { ChurnItem } from '../../../api/customers-care.types';
import { FormOverlay } from '../../../components/FormOverlay';
import { formRules } from '../../../components/rules';
import { useI18n } from '../../../i18n/I18nProvider';
import { addDays, isValidPauseUntil, MAX_PAUSE_DAYS } from './churn-rules';

interface PauseForm {
  plan: string;
  until: Dayjs;
}

/** 暂缓流失: a plan and the day until which the at-risk flag stays off. */
export function PauseChurnDialog(props: {
  item: ChurnItem | null;
  onClose(): void;
  onDone(): Promise<unknown>;
}) {
  const translator = useI18n();
  const { t } = translator;
  const rules = formRules(translator);
  const [form] = Form.useForm<PauseForm>();
  const today = dayjs().format('YYYY-MM-DD');
  const churn = props.item?.churn;
  return (
    <FormOverlay<PauseForm>
      kind="modal"
      open={props.item !== null}
      title={t('customerChurn.pauseTitle', { name: props.item?.customer.name ?? '' })}
      form={form}
      fields={['plan', 'until']}
      initialValues={
        churn?.status === 'paused'
          ? {
              plan: churn.pausePlan ?? '',
              until: churn.pauseUntil ? dayjs(churn.pauseUntil) : undefined,
            }
          : {}
      }
      onClose={props.onClose}
      onSubmit={async (values) => {
        if (!props.item) return;
        await churnApi.pause(props.item.customer.id, {
          plan: values.plan.trim(),
          until: values.until.format('YYYY-MM-DD'),
        });
        await props.onDone();
      }}
      testId="churn-pause-form"
    >
      <Form.Item
        name="plan"
        label={t('customerChurn.plan')}
        rules={[rules.required(t('customerChurn.plan')), rules.max(t('customerChurn.plan'), 2000)]}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          placeholder={t('customerChurn.planPlaceholder')}
          data-testid="churn-field-plan"
        />
      </Form.Item>
      <Form.Item
        name="until"
        label={t('customerChurn.until')}
        rules={[
          rules.select(t('customerChurn.until')),
          {
            validator: (_, value: Dayjs | undefined) =>
              !value || isValidPauseUntil(value.format('YYYY-MM-DD'), today)
                ? Promise.resolve()
                : Promise.reject(new Error(t('customerChurn.untilInvalid'))),
          },
        ]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => {
            const day = d.format('YYYY-MM-DD');
            return day <= today || day > addDays(today, MAX_PAUSE_DAYS);
          }}
          data-testid="churn-field-until"
        />
      </Form.Item>
    </FormOverlay>
  );
}

/** 确定流失: the reason is required (it is what the next owner reads). */
export function ConfirmChurnDialog(props: {
  item: ChurnItem | null;
  onClose(): void;
  onDone(): Promise<unknown>;
}) {
  const translator = useI18n();
  const { t } = translator;
  const rules = formRules(translator);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormOverlay<{ reason: string }>
      kind="modal"
      open={props.item !== null}
      title={t('customerChurn.confirmTitle', { name: props.item?.customer.name ?? '' })}
      form={form}
      fields={['reason']}
      onClose={props.onClose}
      onSubmit={async ({ reason }) => {
        if (!props.item) return;
        await churnApi.confirm(props.item.customer.id, reason.trim());
        await props.onDone();
      }}
      testId="churn-confirm-form"
    >
      <Form.Item
        name="reason"
        label={t('customerChurn.reason')}
        rules={[rules.required(t('customerChurn.reason')), rules.max(t('customerChurn.reason'), 500)]}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="churn-field-reason" />
      </Form.Item>
    </FormOverlay>
  );
}
