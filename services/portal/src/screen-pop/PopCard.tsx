import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { ScreenPop } from './live-message';
import { PopWhere } from './PopWhere';

/**
 * The frame every screen pop shares: a small card marked with its kind and event id (browser tests
 * find pops by them), a dismiss button, where and when it happened, then the kind's own content.
 */
export function PopCard(props: { pop: ScreenPop; title: ReactNode; onDismiss(): void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      data-testid="screen-pop-item"
      data-pop-kind={props.pop.kind}
      data-event-id={props.pop.id}
      title={props.title}
      extra={
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined />}
          onClick={props.onDismiss}
          aria-label={t('screenPop.dismiss')}
          data-testid="screen-pop-dismiss"
        />
      }
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <PopWhere pop={props.pop} />
        {props.children}
      </Space>
    </Card>
  );
}
