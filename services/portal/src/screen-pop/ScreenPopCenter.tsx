import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, FloatButton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { LiveState } from './live-connection';
import { RecognizedPopCard } from './RecognizedPopCard';
import { UnknownPopCard } from './UnknownPopCard';
import { useLivePops } from './useLivePops';

const stateBadge: Record<LiveState, 'success' | 'processing' | 'warning' | 'default'> = {
  open: 'success',
  connecting: 'processing',
  waiting: 'warning',
  stopped: 'default',
};
const stateColor: Record<LiveState, string> = {
  open: '#52c41a',
  connecting: '#1677ff',
  waiting: '#faad14',
  stopped: '#bfbfbf',
};

/**
 * The screen pop (R-RT-2): mounted once in the layout for users who may read customers. A card tap or
 * a call at a site of the user's branch opens a drawer with the customer and the negotiation hint, or,
 * for an unknown card or number, "create customer" / "issue this card" in place. Several pops stack,
 * newest first; a new one re-opens a closed drawer.
 */
export function ScreenPopCenter() {
  const { can } = useAuth();
  const { t } = useI18n();
  const { pops, state, dismiss, clear } = useLivePops(can('customers.read'));
  const [open, setOpen] = useState(false);
  const newest = pops[0]?.id;

  useEffect(() => {
    if (newest) setOpen(true);
  }, [newest]);

  if (!can('customers.read')) return null;
  return (
    <>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        mask={false}
        // Below the layout's header (56 px): the language switch and the user menu stay usable.
        rootStyle={{ top: 56 }}
        width={420}
        placement="right"
        title={
          <Space>
            <span>{t('screenPop.title')}</span>
            <Badge
              status={stateBadge[state]}
              text={t(`screenPop.state.${state}`)}
              data-testid="screen-pop-state"
            />
          </Space>
        }
        extra={
          <Button size="small" onClick={clear} data-testid="screen-pop-clear">
            {t('screenPop.clear')}
          </Button>
        }
        data-testid="screen-pop-drawer"
        styles={{ body: { padding: 12, background: '#f5f5f5' } }}
      >
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {pops.map((pop) =>
            pop.kind === 'recognized' ? (
              <RecognizedPopCard key={pop.id} pop={pop} onDismiss={() => dismiss(pop.id)} />
            ) : (
              <UnknownPopCard key={pop.id} pop={pop} onDismiss={() => dismiss(pop.id)} />
            ),
          )}
        </Space>
        {pops.length === 0 && <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>}
      </Drawer>
      {/* Always there while the drawer is closed: the way back to the pops, and whether pops can arrive. */}
      {!open && (
        <FloatButton
          icon={<BellOutlined />}
          badge={pops.length > 0 ? { count: pops.length } : { dot: true, color: stateColor[state] }}
          tooltip={`${t('screenPop.title')} · ${t(`screenPop.state.${state}`)}`}
          onClick={() => setOpen(true)}
          data-testid="screen-pop-reopen"
          data-live-state={state}
        />
      )}
    </>
  );
}
