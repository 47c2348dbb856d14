import { Alert, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { DuplicateMatch } from '../../api/customers.types';
import { useBranchName } from '../../components/lookups';
import { useI18n } from '../../i18n/I18nProvider';
import { useUserNames } from './customer-lookups';
import { formatPhone } from '../../components/phone';

/**
 * The matches of the duplicate check (查重): what the API lets the caller know of each (a masked
 * phone, the owner or the pool, the branch); a link only to the records the caller may open.
 */
export function DuplicateWarning({ matches }: { matches: readonly DuplicateMatch[] }) {
  const { t, tx, locale } = useI18n();
  const sep = locale === 'zh-CN' ? '：' : ': ';
  const ownerName = useUserNames(matches.map((m) => m.ownerId));
  const branchName = useBranchName();
  if (matches.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="customer-duplicates"
      message={t('custDup.title', { n: matches.length })}
      description={
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('custDup.hint')}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={[...matches]}
            rowKey="customerId"
            renderItem={(m) => (
              <List.Item data-testid="customer-duplicate">
                <Space wrap size={[8, 4]}>
                  {m.inScope ? (
                    <Link to={`/customers/${m.customerId}`} target="_blank">
                      {m.name}
                    </Link>
                  ) : (
                    <Typography.Text strong>{m.name}</Typography.Text>
                  )}
                  {m.maskedPhone && (
                    <Typography.Text type="secondary">{formatPhone(m.maskedPhone)}</Typography.Text>
                  )}
                  {m.matchedOn.map((on) => (
                    <Tag key={on} color="orange" bordered={false}>
                      {on === 'name' ? t('custDup.matchedName') : t('custDup.matchedPhone')}
                    </Tag>
                  ))}
                  {m.ownerId === null ? (
                    <Tag color="purple" data-testid="customer-duplicate-pool">
                      {t('cust.inPool')}
                    </Tag>
                  ) : (
                    <Typography.Text>
                      {t('cust.owner')}
                      {sep}
                      {m.inScope ? ownerName(m.ownerId) : t('custDup.ownerOther')}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary">{branchName(m.branchId)}</Typography.Text>
                  {m.status !== 'ACTIVE' && <Tag>{tx(`custStatus.${m.status}`, m.status)}</Tag>}
                  {!m.inScope && (
                    <Typography.Text type="secondary">({t('custDup.notVisible')})</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}
