import { Table } from 'antd';
import type { CustomerContact } from '../../../api/types';
import { rowTestId } from '../../../components/testids';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatPhones } from '../../../components/phone';
import type { CustomerTabProps } from '../customer-tab-props';

/** The contact persons (edited with the record, in the edit drawer). */
export function ContactsTab({ customer }: CustomerTabProps) {
  const { t } = useI18n();
  return (
    <Table<CustomerContact>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={customer.contacts}
      data-testid="customer-contacts-table"
      onRow={rowTestId('customer-contacts-row')}
      columns={[
        { title: t('cust.contactName'), dataIndex: 'name', width: 140 },
        { title: t('cust.contactTitle'), dataIndex: 'title', width: 140 },
        {
          title: t('cust.contactPhones'),
          dataIndex: 'phones',
          render: (phones: string[]) => formatPhones(phones, '，'),
        },
        { title: t('cust.contactEmail'), dataIndex: 'email' },
        { title: t('cust.contactBirthday'), dataIndex: 'birthday', width: 120 },
      ]}
    />
  );
}
