import { Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../auth/AuthProvider';
import { BranchSelect } from '../../../components/lookups';
import { PageContainer } from '../../../components/PageContainer';
import { useI18n } from '../../../i18n/I18nProvider';
import { FieldDefinitionsCard } from './FieldDefinitionsCard';
import { SettingsRulesForm } from './SettingsRulesForm';

/** 客户设置: one branch's customer rules and custom fields (the user's own branch first). */
export default function CustomerSettingsPage() {
  const { t } = useI18n();
  const me = useMe();
  const [branchId, setBranchId] = useState<string>(me.branchId);

  return (
    <PageContainer
      title={t('customerSettings.title')}
      subTitle={t('customerSettings.subtitle')}
      testId="customer-settings-page"
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Space>
            <Typography.Text>{t('customerSettings.branch')}</Typography.Text>
            <BranchSelect
              value={branchId}
              onChange={(v) => setBranchId(v ?? me.branchId)}
              style={{ minWidth: 220 }}
              data-testid="settings-branch"
            />
          </Space>
        </Card>
        {/* A new branch starts a new form: nothing typed for one branch is saved to another. */}
        <SettingsRulesForm key={`rules-${branchId}`} branchId={branchId} />
        <FieldDefinitionsCard key={`fields-${branchId}`} branchId={branchId} />
      </Space>
    </PageContainer>
  );
}
