import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { LOCALES } from '../i18n/core';
import { useI18n } from '../i18n/I18nProvider';

export function LanguageSwitch({ light }: { light?: boolean }) {
  const { t, locale, setLocale } = useI18n();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [locale],
        items: LOCALES.map((l) => ({
          key: l,
          label: <span data-testid={`lang-option-${l}`}>{t(`lang.${l}`)}</span>,
        })),
        onClick: ({ key }) => setLocale(key as (typeof LOCALES)[number]),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        data-testid="lang-switch"
        aria-label={t('lang.label')}
        style={light ? undefined : { color: 'inherit' }}
      >
        {t(`lang.${locale}`)}
      </Button>
    </Dropdown>
  );
}
