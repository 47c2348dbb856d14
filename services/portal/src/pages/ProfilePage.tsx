import { Card, Col, Descriptions, Row, Tag } from 'antd';
import { useMe } from '../auth/AuthProvider';
import { PageContainer } from '../components/PageContainer';
import { RoleTags, useBranchName, useDepartments } from '../components/lookups';
import { permissionLabel, scopeLabel } from '../i18n/core';
import { useI18n } from '../i18n/I18nProvider';
import { ChangePasswordForm } from './ChangePasswordForm';

export default function ProfilePage() {
  const translator = useI18n();
  const { t } = translator;
  const me = useMe();
  const branchName = useBranchName();
  const departments = useDepartments(me.branchId);
  const department = me.departmentId ? departments.byId.get(me.departmentId) : undefined;
  return (
    <PageContainer title={t('profile.title')} trail={[t('profile.title')]} testId="profile-page">
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={t('profile.info')}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('profile.username')}>
                <span data-testid="profile-username">{me.username}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('profile.displayName')}>{me.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('profile.branch')}>{branchName(me.branchId)}</Descriptions.Item>
              <Descriptions.Item label={t('profile.department')}>
                {department?.name ?? (me.departmentId ? me.departmentId.slice(0, 8) : t('common.none'))}
              </Descriptions.Item>
              <Descriptions.Item label={t('profile.roles')}>
                <RoleTags roles={me.roles} />
              </Descriptions.Item>
              <Descriptions.Item label={t('profile.dataScope')}>
                {scopeLabel(translator, me.dataScope)}
              </Descriptions.Item>
              <Descriptions.Item label={t('profile.permissions')}>
                {me.permissions.map((p) => (
                  <Tag key={p} bordered={false} style={{ marginBottom: 4 }}>
                    {permissionLabel(translator, p)}
                  </Tag>
                ))}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('password.change')} data-testid="profile-password">
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
