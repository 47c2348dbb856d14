import { LogoutOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { FullPageSpin } from '../components/FullPageSpin';
import { ChangePasswordForm } from './ChangePasswordForm';

/** First login (or after a reset): nothing else opens until the password is changed. */
export function ForcedPasswordPage() {
  const { t } = useI18n();
  const { status, me, logout } = useAuth();
  const navigate = useNavigate();
  if (status === 'restoring') return <FullPageSpin />;
  if (status === 'anonymous' || !me) return <Navigate to="/login" replace />;
  if (!me.mustChangePassword) return <Navigate to="/" replace />;
  return (
    <div className="login-page">
      <div className="login-topbar">
        <LanguageSwitch />
        <Button
          type="text"
          icon={<LogoutOutlined />}
          data-testid="logout"
          onClick={async () => {
            await logout();
            navigate('/login', { replace: true });
          }}
        >
          {t('menu.logout')}
        </Button>
      </div>
      <main className="login-main">
        <div className="login-brand">
          <img src="/favicon.svg" alt="" width={40} height={40} />
          <span>{t('app.title')}</span>
        </div>
        <div className="login-subtitle">{t('app.subtitle')}</div>
        <Card
          className="login-card"
          title={
            <span>
              <SafetyOutlined /> {t('password.forcedTitle')}
            </span>
          }
          variant="borderless"
          style={{ boxShadow: '0 6px 24px rgba(0,0,0,0.06)' }}
          data-testid="forced-password"
        >
          <Alert type="info" showIcon message={t('password.forcedHint')} style={{ marginBottom: 16 }} />
          <ChangePasswordForm submitBlock onDone={() => navigate('/', { replace: true })} />
        </Card>
      </main>
    </div>
  );
}
