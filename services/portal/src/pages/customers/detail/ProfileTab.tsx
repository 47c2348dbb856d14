import { useQuery } from '@tanstack/react-query';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { customerSettingsApi } from '../../../api/customers';
import { formatDateTime } from '../../../components/format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CustomerTabProps } from '../customer-tab-props';
import { addressLine, CustomerBadges, KindTag, useUserNames } from '../customer-lookups';
import { formatPhones } from '../../../components/phone';

/** The record's profile: kind, phones, address, source, tags, notes, custom fields, who and when. */
export function ProfileTab({ customer: c }: CustomerTabProps) {
  const { t } = useI18n();
  const userName = useUserNames([c.createdBy, c.updatedBy, c.previousOwnerId]);
  const definitions = useQuery({
    queryKey: ['customer-field-definitions', c.branchId],
    queryFn: () => customerSettingsApi.fieldDefinitions(c.branchId),
    staleTime: 60_000,
  });
  const labels = new Map((definitions.data?.items ?? []).map((d) => [d.key, d.label]));
  const customKeys = Object.keys(c.customFields);

  return (
    <div data-testid="customer-profile">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('cust.kind')}>
          <KindTag kind={c.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('cust.level')}>
          <CustomerBadges customer={c} />
        </Descriptions.Item>
        <Descriptions.Item label={t('cust.phones')}>
          <span data-testid="customer-phones">{formatPhones(c.phones, '，') || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cust.email')}>{c.email ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('cust.address')} span={2}>
          <span data-testid="customer-address">{addressLine(c.address) || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cust.source')}>{c.source ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('cust.tags')}>
          {c.tags.length === 0
            ? '—'
            : c.tags.map((tag) => (
                <Tag key={tag} bordered={false}>
                  {tag}
                </Tag>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('cust.notes')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {c.notes ?? '—'}
          </Typography.Paragraph>
        </Descriptions.Item>
        {customKeys.map((key) => (
          <Descriptions.Item key={key} label={labels.get(key) ?? key}>
            {String(c.customFields[key])}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('cust.purchaseQuantity')}>{c.purchaseQuantity}</Descriptions.Item>
        <Descriptions.Item label={t('cust.lastFollowUp')}>
          {formatDateTime(c.lastFollowUpAt) || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('cust.createdBy')}>
          <Space size={4}>
            {userName(c.createdBy)}
            <Typography.Text type="secondary">{formatDateTime(c.createdAt)}</Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.updatedAt')}>
          <Space size={4}>
            {c.updatedBy && userName(c.updatedBy)}
            <Typography.Text type="secondary">{formatDateTime(c.updatedAt)}</Typography.Text>
          </Space>
        </Descriptions.Item>
        {c.previousOwnerId && (
          <Descriptions.Item label={t('cust.previousOwner')}>{userName(c.previousOwnerId)}</Descriptions.Item>
        )}
        {c.releasedAt && (
          <Descriptions.Item label={t('cust.releasedAt')}>{formatDateTime(c.releasedAt)}</Descriptions.Item>
        )}
        {c.reviewNote && <Descriptions.Item label={t('cust.reviewNote')}>{c.reviewNote}</Descriptions.Item>}
      </Descriptions>
    </div>
  );
}
