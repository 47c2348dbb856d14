import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/core';
import { CUSTOMER_COLUMNS, writeCustomerColumns, type CustomerColumn } from './customer-columns';

const LABELS: Record<CustomerColumn, MessageKey> = {
  name: 'cust.name',
  kind: 'cust.kind',
  phone: 'cust.phone',
  grade: 'cust.level',
  owner: 'cust.owner',
  city: 'cust.city',
  tags: 'cust.tags',
  branch: 'cust.branch',
  purchaseQuantity: 'cust.purchaseQuantity',
  createdAt: 'common.createdAt',
};

/** Which columns of the customer list to show; remembered in this browser. */
export function ColumnChooser(props: { shown: CustomerColumn[]; onChange(columns: CustomerColumn[]): void }) {
  const { t } = useI18n();
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('cust.columns')}
      content={
        <Checkbox.Group
          value={props.shown}
          onChange={(values) => props.onChange(writeCustomerColumns(window.localStorage, values))}
          style={{ display: 'grid', gap: 8 }}
          data-testid="customers-columns-options"
        >
          {CUSTOMER_COLUMNS.map((c) => (
            <Checkbox key={c} value={c} disabled={c === 'name'} data-testid={`customers-column-${c}`}>
              {t(LABELS[c])}
            </Checkbox>
          ))}
        </Checkbox.Group>
      }
    >
      <Button icon={<SettingOutlined />} data-testid="customers-columns">
        {t('cust.columns')}
      </Button>
    </Popover>
  );
}
