import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { describeError } from '../components/errors';
import { formatDuration } from '../i18n/core';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { FullPageSpin } from '../components/FullPageSpin';

interface LoginForm {
  username: string;
  password: string;
}

type LoginError =
  | { kind: 'credentials' }
  | { kind: 'locked'; seconds: number | null; at: number }
  | { kind: 'other'; text: string };

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}

export function LoginPage() {
  const translator = useI18n();
  const { t } = translator;
  const { status, me, login, endReason, restoreError } = useAuth();
  const location = useLocation();
  const [form] = Form.useForm<LoginForm>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  const now = useNow(error?.kind === 'locked' && error.seconds !== null);

  if (status === 'restoring') return <FullPageSpin />;
  if (status === 'authenticated' && me) {
    const from = (location.state as { from?: { pathname?: string } } | null)?.from?.pathname;
    const target = me.mustChangePassword ? '/change-password' : from && from !== '/login' ? from : '/';
    return <Navigate to={target} replace />;
  }

  const onFinish = async ({ username, password }: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (err) {
      form.setFieldValue('password', '');
      if (isApiError(err) && err.status === 401) setError({ kind: 'credentials' });
      else if (isApiError(err) && err.status === 429) {
        const seconds = err.problem.retryAfterSeconds;
        setError({ kind: 'locked', seconds: typeof seconds === 'number' ? seconds : null, at: Date.now() });
      } else setError({ kind: 'other', text: describeError(translator, err) });
    } finally {
      setSubmitting(false);
    }
  };

  let errorText: string | null = null;
  if (error?.kind === 'credentials') errorText = t('login.wrongCredentials');
  if (error?.kind === 'locked') {
    // Counts down from the server's retryAfterSeconds.
    const left = error.seconds === null ? 0 : error.seconds - Math.floor(Math.max(0, now - error.at) / 1000);
    errorText =
      error.seconds === null || left <= 0
        ? t('login.lockedNoTime')
        : t('login.locked', { time: formatDuration(translator, left) });
  }
  if (error?.kind === 'other') errorText = error.text;

  return (
    <div className="login-page">
      <div className="login-topbar">
        <LanguageSwitch />
      </div>
      <main className="login-main">
        <div className="login-brand">
          <img src="/favicon.svg" alt="" width={40} height={40} />
          <span>{t('app.title')}</span>
        </div>
        <div className="login-subtitle">{t('app.subtitle')}</div>
        <Card
          className="login-card"
          title={t('login.title')}
          variant="borderless"
          style={{ boxShadow: '0 6px 24px rgba(0,0,0,0.06)' }}
        >
          {!errorText && endReason === 'expired' && (
            <Alert type="warning" showIcon message={t('login.sessionExpired')} style={{ marginBottom: 16 }} />
          )}
          {!errorText && endReason === 'loggedOut' && (
            <Alert
              type="success"
              showIcon
              message={t('login.loggedOut')}
              style={{ marginBottom: 16 }}
              data-testid="logged-out"
            />
          )}
          {!errorText && restoreError && (
            <Alert
              type="error"
              showIcon
              message={describeError(translator, restoreError)}
              style={{ marginBottom: 16 }}
            />
          )}
          {errorText && (
            <Alert
              type="error"
              showIcon
              message={errorText}
              style={{ marginBottom: 16 }}
              data-testid="login-error"
            />
          )}
          <Form<LoginForm>
            form={form}
            layout="vertical"
            size="large"
            onFinish={onFinish}
            requiredMark={false}
            data-testid="login-form"
            autoComplete="on"
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('validation.required', { label: t('login.username') }),
                },
              ]}
            >
              <Input
                prefix={<UserOutlined />}
                placeholder={t('login.usernamePlaceholder')}
                autoComplete="username"
                autoFocus
                data-testid="login-username"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('validation.required', { label: t('login.password') }) }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={t('login.passwordPlaceholder')}
                autoComplete="current-password"
                data-testid="login-password"
              />
            </Form.Item>
            <Form.Item style={{ marginBottom: 0 }}>
              <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
                {t('login.submit')}
              </Button>
            </Form.Item>
          </Form>
        </Card>
      </main>
      <Typography.Text className="login-footer">{t('app.footer')}</Typography.Text>
    </div>
  );
}
