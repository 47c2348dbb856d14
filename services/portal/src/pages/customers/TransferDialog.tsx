import { App, Alert, Form, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { customerPoolApi } from '../../api/customers';
import type { Customer } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { describeCustomerError } from './customer-errors';
import { transferBatches } from './customer-bulk';
import { UserSelect } from './customer-lookups';

/**
 * A supervisor (customers.transfer) hands customers to another user, e.g. when a salesperson
 * leaves. Customers in the pool have no owner to move from and are left out.
 */
export function TransferDialog(props: {
  open: boolean;
  customers: readonly Customer[];
  onClose(): void;
  onDone(): unknown;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { message } = App.useApp();
  const [to, setTo] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { open, customers } = props;
  const pooled = customers.filter((c) => !c.ownerId).length;
  const same = to ? customers.filter((c) => c.ownerId === to).length : 0;
  const movable = customers.length - pooled - same;

  useEffect(() => {
    if (!open) return;
    setTo(undefined);
    setFailure(null);
  }, [open]);

  const submit = async () => {
    if (!to) return;
    setSaving(true);
    setFailure(null);
    let moved = 0;
    let failed = 0;
    let reason = '';
    for (const batch of transferBatches(customers, to)) {
      try {
        moved += (await customerPoolApi.transfer(batch)).items.length;
      } catch (error) {
        failed += batch.customerIds.length;
        reason = describeCustomerError(translator, error);
      }
    }
    setSaving(false);
    if (failed === 0) {
      void message.success(t('custTransfer.done', { n: moved }));
      props.onDone();
      props.onClose();
    } else {
      setFailure(t('custTransfer.partial', { ok: moved, failed, reason }));
      if (moved > 0) props.onDone();
    }
  };

  return (
    <Modal
      open={open}
      title={t('custTransfer.title')}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={t('custActions.transfer')}
      cancelText={t('common.cancel')}
      okButtonProps={
        { disabled: !to || movable === 0, loading: saving, 'data-testid': 'transfer-submit' } as never
      }
      cancelButtonProps={{ 'data-testid': 'transfer-cancel' } as never}
      maskClosable={false}
      destroyOnHidden
    >
      <div data-testid="transfer-dialog">
        <Typography.Paragraph>
          {customers.length === 1 ? customers[0]?.name : t('custTransfer.count', { n: movable })}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('custTransfer.to')} required>
            <UserSelect
              value={to}
              onChange={setTo}
              placeholder={t('custTransfer.toPlaceholder')}
              style={{ width: '100%' }}
              data-testid="transfer-to"
            />
          </Form.Item>
        </Form>
        {pooled > 0 && <Alert type="info" showIcon message={t('custTransfer.skipped', { n: pooled })} />}
        {same > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            message={t('custTransfer.sameOwner', { n: same })}
          />
        )}
        {failure && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 8 }}
            message={failure}
            data-testid="transfer-error"
          />
        )}
      </div>
    </Modal>
  );
}
