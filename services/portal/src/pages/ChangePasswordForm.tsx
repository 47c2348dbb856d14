import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { authApi } from '../api';
import { isApiError } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { useErrorReporter } from '../components/errors';
import { formRules } from '../components/rules';
import { useI18n } from '../i18n/I18nProvider';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm({ onDone, submitBlock }: { onDone?: () => void; submitBlock?: boolean }) {
  const translator = useI18n();
  const { t } = translator;
  const rules = formRules(translator);
  const { reloadMe } = useAuth();
  const { message } = App.useApp();
  const { applyToForm } = useErrorReporter();
  const [form] = Form.useForm<PasswordForm>();
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: PasswordForm) => {
    setSaving(true);
    try {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      // The access token of a first login says "change the password first" until it is renewed:
      // the refresh (this session survives the change) issues one without it, and the new `me`.
      if (!(await authApi.refresh())) await reloadMe();
      form.resetFields();
      void message.success(t('password.changed'));
      onDone?.();
    } catch (error) {
      if (
        isApiError(error) &&
        (error.status === 401 || error.status === 403) &&
        !error.problem.errors?.length
      ) {
        form.setFields([{ name: 'currentPassword', errors: [t('password.wrongCurrent')] }]);
      } else {
        applyToForm(form, error, ['currentPassword', 'newPassword']);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<PasswordForm>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      data-testid="password-form"
      style={{ maxWidth: 420 }}
    >
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[rules.required(t('password.current'))]}
      >
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.rule')}
        dependencies={['currentPassword']}
        rules={[
          rules.required(t('password.new')),
          rules.password(t('password.new')),
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error(t('password.sameAsCurrent')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          rules.required(t('password.confirm')),
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          block={submitBlock}
          data-testid="password-submit"
        >
          {t('password.change')}
        </Button>
      </Form.Item>
    </Form>
  );
}
