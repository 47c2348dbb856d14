import { useQuery } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { customersApi } from '../../../api/customers';
import type { Customer } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeCustomerError } from '../customer-errors';
import { formatPhone } from '../../../components/phone';

/**
 * Merges a duplicate into this customer (R-CUS-6): the duplicate's contacts, cards and timeline come
 * over, and the duplicate goes to the recycle bin. The duplicate is picked by name or phone.
 */
export function MergeDialog(props: { open: boolean; target: Customer; onClose(): void; onDone(): void }) {
  const translator = useI18n();
  const { t } = translator;
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [sourceId, setSourceId] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { open, target } = props;
  const term = search.trim();
  const phoneLike = /^[+\d\s\-()]{4,}$/.test(term);
  const candidates = useQuery({
    queryKey: ['customers', 'merge-candidates', term],
    queryFn: () => customersApi.list(phoneLike ? { phone: term, pageSize: 20 } : { q: term, pageSize: 20 }),
    enabled: open && term.length > 0,
  });

  useEffect(() => {
    if (!open) return;
    setSearch(target.name);
    setSourceId(undefined);
    setFailure(null);
  }, [open, target.name]);

  const submit = async () => {
    if (!sourceId) return;
    setSaving(true);
    try {
      await customersApi.merge(target.id, sourceId);
      void message.success(t('custMerge.done'));
      props.onDone();
      props.onClose();
    } catch (error) {
      setFailure(describeCustomerError(translator, error));
    } finally {
      setSaving(false);
    }
  };

  const options = (candidates.data?.items ?? [])
    .filter((c) => c.id !== target.id)
    .map((c) => ({ value: c.id, label: [c.name, formatPhone(c.phone)].filter(Boolean).join(' · ') }));

  return (
    <Modal
      open={open}
      title={t('custMerge.title')}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={t('custMerge.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={
        { disabled: !sourceId, loading: saving, danger: true, 'data-testid': 'merge-submit' } as never
      }
      maskClosable={false}
      destroyOnHidden
    >
      <div data-testid="merge-dialog">
        <Typography.Paragraph type="secondary">
          {t('custMerge.hint', { name: target.name })}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('custMerge.source')} required>
            <Select
              showSearch
              filterOption={false}
              searchValue={search}
              onSearch={setSearch}
              value={sourceId}
              onChange={setSourceId}
              loading={candidates.isFetching}
              options={options}
              placeholder={t('custMerge.sourcePlaceholder')}
              notFoundContent={t('common.empty')}
              data-testid="merge-source"
            />
          </Form.Item>
        </Form>
        {failure && <Alert type="error" showIcon message={failure} data-testid="merge-error" />}
      </div>
    </Modal>
  );
}
