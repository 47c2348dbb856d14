import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

export function CursorPager(props: {
  page: number;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev(): void;
  onNext(): void;
  testId?: string;
}) {
  const { t } = useI18n();
  if (!props.hasPrev && !props.hasNext) return null;
  return (
    <Space style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }} data-testid={props.testId}>
      <Button size="small" icon={<LeftOutlined />} disabled={!props.hasPrev} onClick={props.onPrev}>
        {t('common.prevPage')}
      </Button>
      <Typography.Text type="secondary">{t('common.pageN', { n: props.page })}</Typography.Text>
      <Button size="small" disabled={!props.hasNext} onClick={props.onNext}>
        {t('common.nextPage')} <RightOutlined />
      </Button>
    </Space>
  );
}
