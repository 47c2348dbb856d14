import { ReloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** The "Refresh" button of a list: reloads the current page of rows (refetch, not a new query). */
export function RefreshButton({ onRefresh }: { onRefresh(): unknown }) {
  const { t } = useI18n();
  return (
    <Button icon={<ReloadOutlined />} onClick={() => void onRefresh()}>
      {t('common.refresh')}
    </Button>
  );
}

/**
 * The bar above a table: a title or the table's own filters on the left (children), the refresh
 * button on the right. An empty left side keeps the button on the right.
 */
export function TableToolbar(props: { title?: ReactNode; children?: ReactNode; onRefresh(): unknown }) {
  return (
    <div className="table-toolbar">
      {props.title !== undefined ? (
        <span className="table-toolbar-title">{props.title}</span>
      ) : (
        (props.children ?? <span />)
      )}
      <RefreshButton onRefresh={props.onRefresh} />
    </div>
  );
}
