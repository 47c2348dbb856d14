import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Divider,
  Form,
  InputNumber,
  Radio,
  Row,
  Space,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, isApiError } from '../../../api/client';
import { branchSettingsApi } from '../../../api/customers-settings';
import {
  ENTRY_REVIEWS,
  FOLLOW_UP_CLASSES,
  type BranchCustomerSettings,
} from '../../../api/customers-settings.types';
import { describeError, useErrorReporter } from '../../../components/errors';
import { formatDateTime } from '../../../components/format';
import type { MessageKey } from '../../../i18n/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useUserNames } from '../customer-lookups';
import {
  SETTINGS_FORM_FIELDS,
  SETTINGS_LIMITS,
  settingsChanges,
  settingsFieldOf,
  toSettingsForm,
  wholeNumberBound,
  type SettingsFormValues,
} from './settings-form';

const settingsKey = (branchId: string) => ['customer-settings', branchId] as const;

/** A number of days (or a count) from 0 to `max`, with its explanation (`<label>.help`) under it. */
function DaysField(props: {
  name: (string | number)[];
  label: MessageKey;
  max: number;
  unit?: boolean;
  help?: boolean;
}) {
  const { t } = useI18n();
  const testId = `settings-${props.name.join('-')}`;
  return (
    <Form.Item
      name={props.name}
      label={t(props.label)}
      extra={props.help === false ? undefined : t(`${props.label}.help` as MessageKey)}
      rules={[
        { required: true, message: t('customerSettings.required') },
        {
          type: 'integer',
          min: 0,
          max: props.max,
          message: t('customerSettings.wholeNumber', { max: props.max }),
        },
      ]}
    >
      <InputNumber
        min={0}
        max={props.max}
        precision={0}
        style={{ width: '100%' }}
        addonAfter={props.unit === false ? undefined : t('customerSettings.days')}
        data-testid={testId}
      />
    </Form.Item>
  );
}

/** The rules of one branch: entry review, pool, follow-up intervals, churn and care days. */
export function SettingsRulesForm({ branchId }: { branchId: string }) {
  const translator = useI18n();
  const { t } = translator;
  const { message } = App.useApp();
  const { applyToForm } = useErrorReporter();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SettingsFormValues>();
  const [saving, setSaving] = useState(false);
  // Someone else saved since this form was loaded: saving now would overwrite their change.
  const [stale, setStale] = useState(false);
  const query = useQuery({
    queryKey: settingsKey(branchId),
    queryFn: () => branchSettingsApi.get(branchId),
    // A refetch must not wipe what the user is typing; "Reload" asks for it.
    refetchOnWindowFocus: false,
  });
  const loaded = query.data;
  const updatedBy = useUserNames([loaded?.updatedBy]);

  // Fill the form when another branch or version arrives (not on every refetch of the same one).
  useEffect(() => {
    if (!loaded) return;
    form.resetFields();
    form.setFieldsValue(toSettingsForm(loaded));
    setStale(false);
  }, [form, loaded?.branchId, loaded?.version]);

  const show = (saved: BranchCustomerSettings) => queryClient.setQueryData(settingsKey(branchId), saved);

  const reload = async () => {
    const fresh = await query.refetch();
    // The same version again still puts the stored values back on the form.
    if (fresh.data) form.setFieldsValue(toSettingsForm(fresh.data));
    setStale(false);
  };

  const save = async () => {
    if (!loaded) return;
    let values: SettingsFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const changes = settingsChanges(loaded, values);
    if (!changes) {
      void message.info(t('customerSettings.noChanges'));
      return;
    }
    setSaving(true);
    try {
      // Based on the version the form was loaded with: a change saved meanwhile is a 409, not overwritten.
      show(await branchSettingsApi.update(branchId, { ...changes, version: loaded.version }));
      void message.success(t('customerSettings.saved'));
    } catch (error) {
      if (isApiError(error) && error.code === 'CONFLICT') setStale(true);
      else applyToForm(form, onFormFields(error), SETTINGS_FORM_FIELDS);
    } finally {
      setSaving(false);
    }
  };

  // The service's field names and its "a whole number from 0 to N" in the form's terms.
  const onFormFields = (error: unknown): unknown => {
    if (!isApiError(error) || !error.problem.errors) return error;
    return new ApiError(error.status, {
      ...error.problem,
      errors: error.problem.errors.map((v) => {
        const max = wholeNumberBound(v.message);
        return {
          field: settingsFieldOf(v.field),
          message: max === null ? v.message : t('customerSettings.wholeNumber', { max }),
        };
      }),
    });
  };

  return (
    <Card
      title={t('customerSettings.rules')}
      loading={query.isLoading}
      data-testid="settings-rules"
      extra={
        loaded && (
          <Typography.Text type="secondary" data-testid="settings-last-change">
            {loaded.updatedAt
              ? t('customerSettings.lastChange', {
                  time: formatDateTime(loaded.updatedAt),
                  user: updatedBy(loaded.updatedBy),
                })
              : t('customerSettings.neverChanged')}
          </Typography.Text>
        )
      }
    >
      {query.isError && (
        <Alert
          type="error"
          showIcon
          message={describeError(translator, query.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      {stale && (
        <Alert
          type="warning"
          showIcon
          data-testid="settings-stale"
          message={t('customerSettings.stale')}
          action={
            <Button size="small" onClick={() => void reload()} data-testid="settings-reload">
              {t('customerSettings.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<SettingsFormValues> form={form} layout="vertical" data-testid="settings-form">
        <Divider orientation="left" orientationMargin={0}>
          {t('customerSettings.section.entryReview')}
        </Divider>
        <Form.Item
          name="entryReview"
          label={t('customerSettings.entryReview')}
          extra={t('customerSettings.entryReview.help')}
          rules={[{ required: true, message: t('customerSettings.required') }]}
        >
          <Radio.Group data-testid="settings-entryReview">
            {ENTRY_REVIEWS.map((value) => (
              <Radio.Button key={value} value={value} data-testid={`settings-entryReview-${value}`}>
                {t(`customerSettings.entryReview.${value}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>

        <Divider orientation="left" orientationMargin={0}>
          {t('customerSettings.section.pool')}
        </Divider>
        <Row gutter={24}>
          <Col xs={24} md={12} xl={8}>
            <DaysField
              name={['pool', 'maxOwned']}
              label="customerSettings.maxOwned"
              max={SETTINGS_LIMITS.maxOwned}
              unit={false}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <DaysField
              name={['pool', 'reclaimBlockDays']}
              label="customerSettings.reclaimBlockDays"
              max={SETTINGS_LIMITS.days}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <DaysField
              name={['pool', 'returnReminderDays']}
              label="customerSettings.returnReminderDays"
              max={SETTINGS_LIMITS.days}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <DaysField
              name={['pool', 'autoReturnDays', 'ordinary']}
              label="customerSettings.autoReturnOrdinary"
              max={SETTINGS_LIMITS.days}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <DaysField
              name={['pool', 'autoReturnDays', 'highIntent']}
              label="customerSettings.autoReturnHighIntent"
              max={SETTINGS_LIMITS.days}
            />
          </Col>
        </Row>

        <Divider orientation="left" orientationMargin={0}>
          {t('customerSettings.section.followUp')}
        </Divider>
        <Typography.Paragraph type="secondary">{t('customerSettings.followUp.help')}</Typography.Paragraph>
        <Row gutter={24}>
          {FOLLOW_UP_CLASSES.map((c) => (
            <Col xs={12} md={6} key={c}>
              <DaysField
                name={['followUpDays', c]}
                label={`customerSettings.followUp.${c}`}
                max={SETTINGS_LIMITS.days}
                help={false}
              />
            </Col>
          ))}
        </Row>

        <Divider orientation="left" orientationMargin={0}>
          {t('customerSettings.section.reminders')}
        </Divider>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <DaysField
              name={['churnAtRiskDays']}
              label="customerSettings.churnAtRiskDays"
              max={SETTINGS_LIMITS.days}
            />
          </Col>
          <Col xs={24} md={12}>
            <DaysField
              name={['careLeadDays']}
              label="customerSettings.careLeadDays"
              max={SETTINGS_LIMITS.careLeadDays}
            />
          </Col>
        </Row>

        <Space>
          <Button
            type="primary"
            loading={saving}
            disabled={!loaded || stale}
            onClick={() => void save()}
            data-testid="settings-save"
          >
            {t('common.save')}
          </Button>
          <Button
            disabled={!loaded}
            onClick={() => loaded && form.setFieldsValue(toSettingsForm(loaded))}
            data-testid="settings-undo"
          >
            {t('customerSettings.undo')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
