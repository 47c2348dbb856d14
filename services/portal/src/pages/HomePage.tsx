import { Card, Col, Descriptions, Empty, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/AuthProvider';
import { PageContainer } from '../components/PageContainer';
import { RoleTags, useBranchName } from '../components/lookups';
import { scopeLabel } from '../i18n/core';
import { useI18n } from '../i18n/I18nProvider';
import { navIcons } from '../layout/icons';
import { leafItems, NAVIGATION, visibleNavigation } from '../layout/navigation';

export function HomePage() {
  const translator = useI18n();
  const { t, locale } = translator;
  const me = useMe();
  const branchName = useBranchName();
  const shortcuts = useMemo(
    () => leafItems(visibleNavigation(NAVIGATION, me.permissions)).filter((item) => item.path !== '/'),
    [me.permissions],
  );
  const today = dayjs().format(locale === 'zh-CN' ? 'YYYY年M月D日 dddd' : 'dddd, MMMM D, YYYY');
  return (
    <PageContainer
      title={t('home.welcome', { name: me.displayName })}
      subTitle={t('home.today', { date: today })}
      testId="home-page"
    >
      <Card>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('home.myBranch')}>
            <span data-testid="home-branch">{branchName(me.branchId)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('home.myRoles')}>
            <RoleTags roles={me.roles} />
          </Descriptions.Item>
          <Descriptions.Item label={t('home.myScope')}>
            {scopeLabel(translator, me.dataScope)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('home.shortcuts')}>
        {shortcuts.length === 0 ? (
          <Empty description={t('home.noShortcuts')} />
        ) : (
          <Row gutter={[16, 16]}>
            {shortcuts.map((item) => (
              <Col key={item.id} xs={12} sm={8} md={6} lg={4}>
                <Link to={item.path ?? '/'} data-testid={`shortcut-${item.id}`}>
                  <Card hoverable size="small" style={{ textAlign: 'center' }}>
                    <div style={{ fontSize: 24, color: '#1677ff' }}>{navIcons[item.icon]}</div>
                    <Typography.Text>{t(item.label)}</Typography.Text>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </Card>
    </PageContainer>
  );
}
