import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { siteAdminApi } from '../api/sites-status';
import { useAuth } from '../auth/AuthProvider';
import { formatDateTime, shortId } from '../components/format';
import { useI18n } from '../i18n/I18nProvider';
import type { ScreenPop } from './live-message';
import { formatPhone } from '../components/phone';

/** The site's name when the user may read sites (else its short id); cached for the session. */
function useSiteName(siteId: string): string {
  const { can } = useAuth();
  const site = useQuery({
    queryKey: ['sites', 'one', siteId],
    queryFn: () => siteAdminApi.get(siteId),
    enabled: !!siteId && can('sites.read'),
    staleTime: 10 * 60_000,
    retry: false,
  });
  return site.data?.name ?? shortId(siteId);
}

/** Where and when: "Card 04A1… · Counter 1 · Main site · 10:31:02" or "Call +86… · ext. 801 · …". */
export function PopWhere({ pop }: { pop: ScreenPop }) {
  const { t } = useI18n();
  const siteName = useSiteName(pop.siteId);
  const parts = [
    pop.source === 'card'
      ? t('screenPop.viaCard', { uid: pop.cardUid })
      : t('screenPop.viaCall', { number: formatPhone(pop.callerNumber) }),
    pop.desk && t('screenPop.desk', { desk: pop.desk }),
    pop.extension && t('screenPop.extension', { extension: pop.extension }),
    pop.siteId && t('screenPop.site', { site: siteName }),
    formatDateTime(pop.occurredAt),
  ].filter(Boolean);
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="screen-pop-where">
      {parts.join(' · ')}
    </Typography.Text>
  );
}
