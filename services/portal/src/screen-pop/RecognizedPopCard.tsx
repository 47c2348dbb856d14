import { BulbOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { usersApi } from '../api';
import { useAuth, useMe } from '../auth/AuthProvider';
import { formatDateTime, shortId } from '../components/format';
import { useI18n } from '../i18n/I18nProvider';
import { hintText, type RecognizedPop } from './live-message';
import { PopCard } from './PopCard';
import { formatPhones } from '../components/phone';

/** The owner's display name when the user may read users; "me" for the user's own customers. */
function useOwnerName(ownerId: string | null): string {
  const { can } = useAuth();
  const me = useMe();
  const { t } = useI18n();
  const user = useQuery({
    queryKey: ['users', 'one', ownerId],
    queryFn: () => usersApi.get(ownerId!),
    enabled: !!ownerId && ownerId !== me.id && can('users.read'),
    staleTime: 10 * 60_000,
    retry: false,
  });
  if (!ownerId) return '';
  if (ownerId === me.id) return t('screenPop.ownerMe');
  return user.data?.displayName ?? shortId(ownerId);
}

/** A recognised customer: who, grade and class, owner or pool, last follow-up, sections, the hints. */
export function RecognizedPopCard({ pop, onDismiss }: { pop: RecognizedPop; onDismiss(): void }) {
  const { t, tx, locale } = useI18n();
  const c = pop.customer;
  const owner = useOwnerName(c.ownerId);
  return (
    <PopCard
      pop={pop}
      onDismiss={onDismiss}
      title={
        <Space size={6} wrap>
          <UserOutlined />
          <Link to={`/customers/${encodeURIComponent(c.id)}`} data-testid="screen-pop-customer-link">
            <span data-testid="screen-pop-customer-name">{c.name}</span>
          </Link>
          {c.level && (
            <Tag color={c.level === 'HIGH_INTENT' ? 'red' : 'default'} bordered={false}>
              {tx(`screenPop.level.${c.level}`, c.level)}
            </Tag>
          )}
          {c.customerClass && (
            <Tag color="blue" bordered={false}>
              {t('screenPop.class', { cls: c.customerClass })}
            </Tag>
          )}
        </Space>
      }
    >
      {pop.hints.map((hint, i) => (
        <Alert
          key={`${hint.code}-${i}`}
          type={i === 0 ? 'warning' : 'info'}
          showIcon
          icon={<BulbOutlined />}
          message={hintText(hint, locale)}
          data-testid="screen-pop-hint"
          data-hint-code={hint.code}
        />
      ))}
      <Descriptions size="small" column={1} colon={false} styles={{ label: { width: 110 } }}>
        <Descriptions.Item label={t('screenPop.owner')}>
          {c.inPublicPool ? (
            <Tag color="orange" bordered={false} data-testid="screen-pop-pool">
              {t('screenPop.inPool')}
            </Tag>
          ) : (
            <span data-testid="screen-pop-owner">{owner}</span>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('screenPop.lastFollowUp')}>
          {c.lastFollowUpAt ? formatDateTime(c.lastFollowUpAt) : t('screenPop.never')}
        </Descriptions.Item>
        {c.phones.length > 0 && (
          <Descriptions.Item label={t('screenPop.phones')}>{formatPhones(c.phones, ', ')}</Descriptions.Item>
        )}
      </Descriptions>
      {c.lastPurchases.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('screenPop.purchases')}</Typography.Text>}
          dataSource={c.lastPurchases}
          data-testid="screen-pop-purchases"
          renderItem={(p) => (
            <List.Item>
              <span>{p.summary || shortId(p.orderId)}</span>
              <Typography.Text type="secondary">{formatDateTime(p.occurredAt)}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {c.openTickets.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('screenPop.tickets')}</Typography.Text>}
          dataSource={c.openTickets}
          data-testid="screen-pop-tickets"
          renderItem={(ticket) => (
            <List.Item>
              <span>{ticket.subject || shortId(ticket.ticketId)}</span>
              <Tag bordered={false}>{ticket.status}</Tag>
            </List.Item>
          )}
        />
      )}
      {pop.otherCustomerIds.length > 0 && (
        <Typography.Text type="secondary">
          {t('screenPop.others', { n: pop.otherCustomerIds.length })}
        </Typography.Text>
      )}
      <Link to={`/customers/${encodeURIComponent(c.id)}`} data-testid="screen-pop-open">
        {t('screenPop.openCustomer')}
      </Link>
    </PopCard>
  );
}
