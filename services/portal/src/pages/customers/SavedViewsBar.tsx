import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { CustomerFilters } from '../../api/customers.types';
import { useMe } from '../../auth/AuthProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { filtersToSearch } from './customer-filters';
import { deleteView, loadViews, matchingView, MAX_VIEW_NAME, saveView, type SavedView } from './saved-views';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** Saved views: name the current filters, pick them again later (kept per user in this browser). */
export function SavedViewsBar(props: { filters: CustomerFilters; onApply(filters: CustomerFilters): void }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const [views, setViews] = useState<SavedView[]>(() => loadViews(storage(), me.id));
  const [naming, setNaming] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const current = matchingView(views, props.filters);

  const save = async () => {
    const { name } = await form.validateFields();
    setViews(saveView(storage(), me.id, name, props.filters));
    setNaming(false);
    void message.success(t('custViews.saved'));
  };

  return (
    <Space wrap data-testid="customers-views">
      <Typography.Text>{t('custViews.label')}</Typography.Text>
      <Select
        style={{ minWidth: 200 }}
        placeholder={t('custViews.placeholder')}
        value={current?.id}
        onChange={(id: string) => {
          const view = views.find((v) => v.id === id);
          if (view) props.onApply(view.filters);
        }}
        options={views.map((v) => ({ value: v.id, label: v.name }))}
        notFoundContent={t('common.empty')}
        data-testid="customers-view-select"
      />
      {current && (
        <Tooltip title={t('custViews.delete')}>
          <Button
            icon={<DeleteOutlined />}
            onClick={() => {
              setViews(deleteView(storage(), me.id, current.id));
              void message.success(t('custViews.deleted'));
            }}
            data-testid="customers-view-delete"
          />
        </Tooltip>
      )}
      <Tooltip title={t('custViews.hint')}>
        <Button
          icon={<SaveOutlined />}
          onClick={() => {
            if (!filtersToSearch(props.filters)) return void message.info(t('custViews.nothingToSave'));
            form.resetFields();
            setNaming(true);
          }}
          data-testid="customers-view-save"
        >
          {t('custViews.save')}
        </Button>
      </Tooltip>
      <Modal
        open={naming}
        title={t('custViews.saveTitle')}
        onCancel={() => setNaming(false)}
        onOk={() => void save()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'customers-view-save-submit' } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={() => void save()}>
          <Form.Item
            name="name"
            label={t('custViews.name')}
            extra={t('custViews.hint')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('validation.required', { label: t('custViews.name') }),
              },
            ]}
          >
            <Input maxLength={MAX_VIEW_NAME} autoFocus data-testid="customers-view-name" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
