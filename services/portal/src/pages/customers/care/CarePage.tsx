import { GiftOutlined, HeartOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { careApi } from '../../../api/customers-care';
import type { CareDueItem, CareOccasion } from '../../../api/customers-care.types';
import { describeError } from '../../../components/errors';
import { PageContainer } from '../../../components/PageContainer';
import { rowTestId } from '../../../components/testids';
import { useI18n } from '../../../i18n/I18nProvider';
import {
  CARE_WINDOWS,
  countByOccasion,
  daysUntilKey,
  filterCareItems,
  sortCareItems,
  urgencyColor,
} from './care-logic';

type OccasionFilter = CareOccasion | 'all';

/** 客户关怀: upcoming contact birthdays and customer anniversaries in the caller's scope. */
export default function CarePage() {
  const translator = useI18n();
  const { t } = translator;
  const [days, setDays] = useState<number>(30);
  const [occasion, setOccasion] = useState<OccasionFilter>('all');
  const query = useQuery({
    queryKey: ['customers', 'care', 'due', days],
    queryFn: () => careApi.due(days),
  });
  const all = useMemo(() => sortCareItems(query.data?.items ?? []), [query.data]);
  const counts = countByOccasion(all);
  const items = filterCareItems(all, occasion === 'all' ? undefined : occasion);

  const when = (n: number) => {
    const key = daysUntilKey(n);
    return (
      <Tag color={urgencyColor(n)} bordered={false} data-testid="care-days-until">
        {key === 'today'
          ? t('customerCare.today')
          : key === 'tomorrow'
            ? t('customerCare.tomorrow')
            : t('customerCare.inDays', { n })}
      </Tag>
    );
  };

  return (
    <PageContainer
      title={t('customerCare.title')}
      subTitle={t('customerCare.subtitle')}
      testId="customer-care-page"
    >
      <Card>
        <div className="table-toolbar">
          <Space wrap size="large">
            <Space>
              <Typography.Text>{t('customerCare.window')}</Typography.Text>
              <Segmented<number>
                value={days}
                onChange={setDays}
                data-testid="care-window"
                options={CARE_WINDOWS.map((n) => ({ value: n, label: t('customerCare.windowDays', { n }) }))}
              />
            </Space>
            <Segmented<OccasionFilter>
              value={occasion}
              onChange={setOccasion}
              data-testid="care-occasion"
              options={[
                { value: 'all', label: t('customerCare.all', { n: all.length }) },
                {
                  value: 'birthday',
                  label: t('customerCare.occasionCount', {
                    label: t('customerCare.occasion.birthday'),
                    n: counts.birthday,
                  }),
                },
                {
                  value: 'anniversary',
                  label: t('customerCare.occasionCount', {
                    label: t('customerCare.occasion.anniversary'),
                    n: counts.anniversary,
                  }),
                },
              ]}
            />
          </Space>
          <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
            {t('common.refresh')}
          </Button>
        </div>
        {query.isError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={describeError(translator, query.error)}
          />
        )}
        <Table<CareDueItem>
          rowKey={(item) =>
            `${item.customerId}:${item.contactId ?? ''}:${item.occasion}:${item.label}:${item.date}`
          }
          size="middle"
          loading={query.isFetching}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 800 }}
          data-testid="care-table"
          onRow={rowTestId('care-row')}
          columns={[
            { title: t('customerCare.when'), dataIndex: 'daysUntil', width: 110, render: when },
            { title: t('customerCare.date'), dataIndex: 'date', width: 120 },
            {
              title: t('customerCare.occasion'),
              dataIndex: 'occasion',
              width: 110,
              render: (value: CareOccasion) => (
                <Space size={4}>
                  {value === 'birthday' ? <GiftOutlined /> : <HeartOutlined />}
                  {t(`customerCare.occasion.${value}`)}
                </Space>
              ),
            },
            {
              title: t('customerCare.label'),
              key: 'label',
              ellipsis: true,
              // A birthday's label is the contact's name: say whose birthday it is.
              render: (_, item) =>
                item.occasion === 'birthday'
                  ? t('customerCare.birthdayOf', { name: item.contactName ?? item.label })
                  : item.label,
            },
            {
              title: t('customerCare.customer'),
              key: 'customer',
              render: (_, item) => (
                <Link to={`/customers/${encodeURIComponent(item.customerId)}`}>{item.customerName}</Link>
              ),
            },
            {
              title: t('customerCare.contact'),
              key: 'contact',
              width: 140,
              render: (_, item) => item.contactName ?? '',
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
