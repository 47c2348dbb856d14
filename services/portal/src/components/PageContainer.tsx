import { HomeOutlined } from '@ant-design/icons';
import { Breadcrumb, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { NAVIGATION, navigationTrail } from '../layout/navigation';

/** The page header of an Ant Design Pro page: breadcrumbs, title, actions; then the content. */
export function PageContainer(props: {
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  /** Breadcrumb labels after the menu trail (e.g. a detail page's record). */
  trail?: ReactNode[];
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const items = [
    {
      title: (
        <Link to="/">
          <HomeOutlined /> {t('menu.home')}
        </Link>
      ),
    },
    // Menu items lead back to their page, but for the page shown (a detail page's list is a link).
    ...navigationTrail(NAVIGATION, pathname)
      .filter((item) => item.path !== '/')
      .map((item) => ({
        title:
          item.path && item.path !== pathname ? <Link to={item.path}>{t(item.label)}</Link> : t(item.label),
      })),
    ...(props.trail ?? []).map((title) => ({ title })),
  ];
  return (
    <div className="page-container" data-testid={props.testId}>
      <div className="page-header">
        <Breadcrumb items={items} data-testid="breadcrumbs" />
        <div className="page-header-row">
          <div>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
              {props.title}
            </Typography.Title>
            {props.subTitle && <Typography.Text type="secondary">{props.subTitle}</Typography.Text>}
          </div>
          {props.extra && <div className="page-header-extra">{props.extra}</div>}
        </div>
      </div>
      <div className="page-content">{props.children}</div>
    </div>
  );
}
