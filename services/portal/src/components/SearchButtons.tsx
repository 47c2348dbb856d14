import { SearchOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** The Reset and Search buttons that close a filter form (Search submits it), after `children`. */
export function SearchButtons(props: {
  onReset(): void;
  resetTestId?: string;
  searchTestId: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Space>
      {props.children}
      <Button onClick={() => props.onReset()} data-testid={props.resetTestId}>
        {t('common.reset')}
      </Button>
      <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid={props.searchTestId}>
        {t('common.search')}
      </Button>
    </Space>
  );
}
