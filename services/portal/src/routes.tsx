import { Button, Result } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useAuth } from './auth/AuthProvider';
import { FullPageSpin } from './components/FullPageSpin';
import { useI18n } from './i18n/I18nProvider';
import { AdminLayout } from './layout/AdminLayout';
import { LoginPage } from './pages/LoginPage';
import { ForcedPasswordPage } from './pages/ForcedPasswordPage';
import { HomePage } from './pages/HomePage';

const UsersPage = lazy(() => import('./pages/system/UsersPage'));
const RolesPage = lazy(() => import('./pages/system/RolesPage'));
const BranchesPage = lazy(() => import('./pages/system/BranchesPage'));
const DepartmentsPage = lazy(() => import('./pages/system/DepartmentsPage'));
const EmployeesPage = lazy(() => import('./pages/system/EmployeesPage'));
const SitesPage = lazy(() => import('./pages/system/SitesPage'));
const SiteDetailPage = lazy(() => import('./pages/system/SiteDetailPage'));
const AuditPage = lazy(() => import('./pages/system/AuditPage'));
const CustomersPage = lazy(() => import('./pages/customers/CustomersPage'));
const CustomerDetailPage = lazy(() => import('./pages/customers/CustomerDetailPage'));
const CustomerPoolPage = lazy(() => import('./pages/customers/CustomerPoolPage'));
const CustomerRecycleBinPage = lazy(() => import('./pages/customers/CustomerRecycleBinPage'));
const ImportCustomersPage = lazy(() => import('./pages/customers/import/ImportCustomersPage'));
const ChurnPage = lazy(() => import('./pages/customers/churn/ChurnPage'));
const CarePage = lazy(() => import('./pages/customers/care/CarePage'));
const FollowUpsPage = lazy(() => import('./pages/customers/follow-ups/FollowUpsPage'));
const CustomerSettingsPage = lazy(() => import('./pages/customers/settings/CustomerSettingsPage'));
const ProfilePage = lazy(() => import('./pages/ProfilePage'));

/** Logged in, and the password changed when it must be, else off to the right page. */
function RequireSession({ children }: { children: ReactNode }) {
  const { status, me, endReason } = useAuth();
  const location = useLocation();
  if (status === 'restoring') return <FullPageSpin />;
  // Back to the page after a login, unless the user logged out (the next user starts at home).
  if (status === 'anonymous' || !me) {
    return <Navigate to="/login" replace state={endReason === 'loggedOut' ? null : { from: location }} />;
  }
  if (me.mustChangePassword) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}

function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? <>{children}</> : <Forbidden />;
}

export function Forbidden() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <div data-testid="forbidden">
      <Result
        status="403"
        title={t('error.forbiddenTitle')}
        subTitle={t('error.forbidden')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('error.backHome')}
          </Button>
        }
      />
    </div>
  );
}

function NotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <div data-testid="not-found">
      <Result
        status="404"
        title={t('error.notFoundTitle')}
        subTitle={t('error.notFound')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('error.backHome')}
          </Button>
        }
      />
    </div>
  );
}

const guarded = (permission: string, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/change-password" element={<ForcedPasswordPage />} />
        <Route
          element={
            <RequireSession>
              <AdminLayout />
            </RequireSession>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="customers" element={guarded('customers.read', <CustomersPage />)} />
          <Route path="customers/pool" element={guarded('customers.read', <CustomerPoolPage />)} />
          <Route
            path="customers/recycle-bin"
            element={guarded('customers.delete', <CustomerRecycleBinPage />)}
          />
          <Route path="customers/:id" element={guarded('customers.read', <CustomerDetailPage />)} />
          <Route path="customers/import" element={guarded('customers.import', <ImportCustomersPage />)} />
          <Route path="customers/churn" element={guarded('customers.read', <ChurnPage />)} />
          <Route path="customers/care" element={guarded('customers.read', <CarePage />)} />
          <Route path="customers/follow-ups" element={guarded('customers.read', <FollowUpsPage />)} />
          <Route
            path="customers/settings"
            element={guarded('customers.settings', <CustomerSettingsPage />)}
          />
          <Route path="system/users" element={guarded('users.read', <UsersPage />)} />
          <Route path="system/roles" element={guarded('roles.read', <RolesPage />)} />
          <Route path="system/branches" element={guarded('branches.read', <BranchesPage />)} />
          <Route path="system/departments" element={guarded('departments.read', <DepartmentsPage />)} />
          <Route path="system/employees" element={guarded('employees.read', <EmployeesPage />)} />
          <Route path="system/sites" element={guarded('sites.read', <SitesPage />)} />
          <Route path="system/sites/:id" element={guarded('sites.read', <SiteDetailPage />)} />
          <Route path="system/audit" element={guarded('audit.read', <AuditPage />)} />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
