import { useInfiniteQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Radio,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { customerTimelineApi } from '../../../api/customers';
import { FOLLOW_UP_KINDS, type FollowUpKind, type TimelineEntry } from '../../../api/customers.types';
import { useAuth } from '../../../auth/AuthProvider';
import { useErrorReporter } from '../../../components/errors';
import { formatDateTime } from '../../../components/format';
import { formRules } from '../../../components/rules';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CustomerTabProps } from '../customer-tab-props';
import { useUserNames } from '../customer-lookups';

interface FollowUpForm {
  kind: FollowUpKind;
  summary: string;
  occurredAt?: Dayjs | null;
}

const kindColor: Record<string, string> = {
  VISIT: 'green',
  CALL: 'blue',
  MESSAGE: 'cyan',
  NOTE: 'gray',
  CARD_TAP: 'purple',
  CALL_IN: 'geekblue',
  QUOTE: 'gold',
  ORDER: 'orange',
  TICKET: 'red',
};

/** The timeline (R-CUS-5): follow-ups by staff and entries fed by events, newest first. */
export function TimelineTab({ customer, refresh }: CustomerTabProps) {
  const translator = useI18n();
  const { t, tx } = translator;
  const rules = formRules(translator);
  const { can } = useAuth();
  const { message } = App.useApp();
  const { applyToForm } = useErrorReporter();
  const [form] = Form.useForm<FollowUpForm>();
  const [saving, setSaving] = useState(false);
  const entries = useInfiniteQuery({
    queryKey: ['customers', 'timeline', customer.id],
    queryFn: ({ pageParam }) => customerTimelineApi.list(customer.id, { pageSize: 20, pageToken: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextPageToken ?? undefined,
  });
  const items = entries.data?.pages.flatMap((p) => p.items) ?? [];
  const author = useUserNames(items.map((e) => e.authorId));
  const canWrite = can('customers.update') && !customer.deletedAt;

  const add = async (values: FollowUpForm) => {
    setSaving(true);
    try {
      await customerTimelineApi.add(customer.id, {
        kind: values.kind,
        summary: values.summary.trim(),
        ...(values.occurredAt ? { occurredAt: values.occurredAt.toISOString() } : {}),
      });
      void message.success(t('custTimeline.added'));
      form.resetFields();
      await Promise.all([entries.refetch(), refresh()]);
    } catch (error) {
      applyToForm(form, error, ['kind', 'summary', 'occurredAt']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="customer-timeline">
      {canWrite && (
        <Card size="small" title={t('custTimeline.add')} style={{ marginBottom: 16 }}>
          <Form<FollowUpForm>
            form={form}
            layout="vertical"
            initialValues={{ kind: 'VISIT' }}
            onFinish={(values) => void add(values)}
            data-testid="timeline-form"
          >
            <Space wrap align="start">
              <Form.Item name="kind" label={t('custTimeline.kind')}>
                <Radio.Group
                  optionType="button"
                  data-testid="timeline-field-kind"
                  options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: tx(`timelineKind.${k}`, k) }))}
                />
              </Form.Item>
              <Form.Item
                name="occurredAt"
                label={t('custTimeline.occurredAt')}
                extra={t('custTimeline.occurredAtHint')}
              >
                <DatePicker showTime data-testid="timeline-field-occurred-at" />
              </Form.Item>
            </Space>
            <Form.Item
              name="summary"
              label={t('custTimeline.summary')}
              rules={[rules.required(t('custTimeline.summary')), rules.max(t('custTimeline.summary'), 4000)]}
            >
              <Input.TextArea
                rows={3}
                maxLength={4000}
                placeholder={t('custTimeline.summaryPlaceholder')}
                data-testid="timeline-field-summary"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="timeline-submit">
              {t('common.submit')}
            </Button>
          </Form>
        </Card>
      )}
      {items.length === 0 && !entries.isFetching ? (
        <Empty description={t('custTimeline.empty')} />
      ) : (
        <Timeline
          data-testid="timeline-list"
          items={items.map((e: TimelineEntry) => ({
            key: e.id,
            color: kindColor[e.kind] ?? 'gray',
            children: (
              <div data-testid="timeline-entry">
                <Space size={8} wrap>
                  <Tag color={kindColor[e.kind]} bordered={false}>
                    {tx(`timelineKind.${e.kind}`, e.kind)}
                  </Tag>
                  <Typography.Text type="secondary">{formatDateTime(e.occurredAt)}</Typography.Text>
                  {e.authorId && <Typography.Text type="secondary">{author(e.authorId)}</Typography.Text>}
                </Space>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                  {e.summary}
                </Typography.Paragraph>
              </div>
            ),
          }))}
        />
      )}
      {entries.hasNextPage && (
        <Button
          loading={entries.isFetchingNextPage}
          onClick={() => void entries.fetchNextPage()}
          data-testid="timeline-more"
        >
          {t('custTimeline.loadMore')}
        </Button>
      )}
    </div>
  );
}
