import { Spin } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

/** The whole page while the session is being restored or a page's code is loading. */
export function FullPageSpin() {
  const { t } = useI18n();
  return (
    <div className="full-page-center" data-testid="app-loading">
      <Spin size="large" tip={t('common.loading')}>
        <div style={{ width: 120, height: 80 }} />
      </Spin>
    </div>
  );
}
