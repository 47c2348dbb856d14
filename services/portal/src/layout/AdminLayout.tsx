import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Layout, Menu, Space, Spin, theme, Tooltip, Typography } from 'antd';
import type { ItemType } from 'antd/es/menu/interface';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth, useMe } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ScreenPopCenter } from '../screen-pop/ScreenPopCenter';
import { navIcons } from './icons';
import { LanguageSwitch } from './LanguageSwitch';
import { NAVIGATION, navigationTrail, visibleNavigation, type NavItem } from './navigation';

const COLLAPSED_KEY = 'crm.siderCollapsed';

export function AdminLayout() {
  const me = useMe();
  const { logout } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');

  const nav = useMemo(() => visibleNavigation(NAVIGATION, me.permissions), [me.permissions]);
  const trail = navigationTrail(NAVIGATION, pathname);
  const selected = trail.at(-1)?.id;
  const [openKeys, setOpenKeys] = useState<string[]>(() => trail.slice(0, -1).map((i) => i.id));
  useEffect(() => {
    const groups = navigationTrail(NAVIGATION, pathname)
      .slice(0, -1)
      .map((i) => i.id);
    setOpenKeys((keys) => [...new Set([...keys, ...groups])]);
  }, [pathname]);

  const toMenuItem = (item: NavItem): ItemType =>
    item.children
      ? {
          key: item.id,
          icon: navIcons[item.icon],
          label: <span data-testid={`menu-group-${item.id}`}>{t(item.label)}</span>,
          children: item.children.map(toMenuItem),
        }
      : {
          key: item.id,
          icon: navIcons[item.icon],
          label: (
            <Link to={item.path ?? '/'} data-testid={`menu-${item.id}`}>
              {t(item.label)}
            </Link>
          ),
        };

  const toggle = () => {
    localStorage.setItem(COLLAPSED_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };

  const onLogout = async () => {
    await logout();
    navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        trigger={null}
        width={216}
        theme="dark"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        data-testid="sider"
      >
        <Link to="/" className="app-logo" data-testid="app-logo">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {!collapsed && <span>{t('app.title')}</span>}
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          items={nav.map(toMenuItem)}
          selectedKeys={selected ? [selected] : []}
          openKeys={collapsed ? undefined : openKeys}
          onOpenChange={(keys) => setOpenKeys(keys)}
          data-testid="side-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 16px 0 0',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            boxShadow: '0 1px 4px rgba(0, 21, 41, 0.08)',
            position: 'sticky',
            top: 0,
            zIndex: 10,
            height: 56,
            lineHeight: '56px',
          }}
        >
          <Tooltip title={collapsed ? t('menu.expand') : t('menu.collapse')}>
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={toggle}
              style={{ width: 56, height: 56 }}
              aria-label={collapsed ? t('menu.expand') : t('menu.collapse')}
              data-testid="sider-toggle"
            />
          </Tooltip>
          <Space size={4}>
            <LanguageSwitch light />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'profile',
                    icon: <UserOutlined />,
                    label: <span data-testid="user-menu-profile">{t('menu.profile')}</span>,
                  },
                  { type: 'divider' },
                  {
                    key: 'logout',
                    icon: <LogoutOutlined />,
                    danger: true,
                    label: <span data-testid="logout">{t('menu.logout')}</span>,
                  },
                ],
                onClick: ({ key }) => {
                  if (key === 'profile') navigate('/profile');
                  if (key === 'logout') void onLogout();
                },
              }}
            >
              <Button type="text" style={{ height: 48 }} data-testid="user-menu">
                <Space>
                  <Avatar size="small" style={{ backgroundColor: token.colorPrimary }}>
                    {me.displayName.slice(0, 1).toUpperCase()}
                  </Avatar>
                  <Typography.Text data-testid="current-user">{me.displayName}</Typography.Text>
                </Space>
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ minWidth: 0 }}>
          <Suspense
            fallback={
              <div className="page-loading">
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: token.colorTextTertiary, padding: '12px 0' }}>
          {t('app.footer')}
        </Layout.Footer>
        <ScreenPopCenter />
      </Layout>
    </Layout>
  );
}
