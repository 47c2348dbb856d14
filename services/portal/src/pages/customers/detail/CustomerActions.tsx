import { App, Button, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { customerPoolApi, customerRecycleBinApi, customersApi } from '../../../api/customers';
import type { Customer } from '../../../api/types';
import { useAuth, useMe } from '../../../auth/AuthProvider';
import { FormOverlay } from '../../../components/FormOverlay';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeCustomerError } from '../customer-errors';
import { CustomerFormDrawer } from '../CustomerFormDrawer';
import { TransferDialog } from '../TransferDialog';
import { MergeDialog } from './MergeDialog';

/** The detail page's buttons: what the caller may do to this record in its current state. */
export function CustomerActions({
  customer: c,
  refresh,
}: {
  customer: Customer;
  /** Re-reads the record; `isError` when the caller may no longer see it. */
  refresh(): Promise<{ isError: boolean }>;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { can } = useAuth();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [merging, setMerging] = useState(false);
  const [reviewing, setReviewing] = useState<'approve' | 'reject' | null>(null);
  const [reviewForm] = Form.useForm<{ note?: string }>();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, success: string, after?: () => unknown) => {
    setBusy(true);
    try {
      await action();
      void message.success(success);
      if (after) await after();
      else await refresh();
    } catch (error) {
      void message.error(describeCustomerError(translator, error));
    } finally {
      setBusy(false);
    }
  };

  if (c.deletedAt) {
    return can('customers.delete') && !c.mergedInto ? (
      <Button
        loading={busy}
        onClick={() => void run(() => customerRecycleBinApi.restore(c.id), t('custActions.restored'))}
        data-testid="customer-restore"
      >
        {t('custActions.restore')}
      </Button>
    ) : null;
  }

  const mayRelease =
    c.ownerId !== null && can('customers.update') && (c.ownerId === me.id || can('customers.transfer'));
  return (
    <Space wrap>
      {c.status === 'PENDING_REVIEW' && can('customers.review') && (
        <>
          <Button type="primary" onClick={() => setReviewing('approve')} data-testid="customer-approve">
            {t('custActions.approve')}
          </Button>
          <Button danger onClick={() => setReviewing('reject')} data-testid="customer-reject">
            {t('custActions.reject')}
          </Button>
        </>
      )}
      {c.ownerId === null && can('customers.claim') && (
        <Popconfirm
          title={t('custPool.claimConfirm', { name: c.name })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run(() => customerPoolApi.claim(c.id), t('custActions.claimed'))}
        >
          <Button type="primary" loading={busy} data-testid="customer-claim">
            {t('custActions.claim')}
          </Button>
        </Popconfirm>
      )}
      {can('customers.update') && (
        <Button onClick={() => setEditing(true)} data-testid="customer-edit">
          {t('common.edit')}
        </Button>
      )}
      {can('customers.update') && (
        <Button onClick={() => setMerging(true)} data-testid="customer-merge">
          {t('custMerge.action')}
        </Button>
      )}
      {c.ownerId !== null && can('customers.transfer') && (
        <Button onClick={() => setTransferring(true)} data-testid="customer-transfer">
          {t('custActions.transfer')}
        </Button>
      )}
      {mayRelease && (
        <Popconfirm
          title={t('custActions.releaseConfirm', { name: c.name })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'customer-release-confirm' } as never}
          onConfirm={() =>
            run(
              () => customerPoolApi.release(c.id),
              t('custActions.released'),
              // An owner who sees only their own customers loses sight of it: on to the pool, where it is.
              async () => {
                if ((await refresh()).isError) navigate('/customers/pool');
              },
            )
          }
        >
          <Button loading={busy} data-testid="customer-release">
            {t('custActions.release')}
          </Button>
        </Popconfirm>
      )}
      {can('customers.delete') && (
        <Popconfirm
          title={t('custActions.deleteConfirm', { name: c.name })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, 'data-testid': 'customer-delete-confirm' } as never}
          onConfirm={() =>
            run(
              () => customersApi.remove(c.id),
              t('custActions.deletedToBin'),
              () => navigate('/customers'),
            )
          }
        >
          <Button danger loading={busy} data-testid="customer-delete">
            {t('custActions.delete')}
          </Button>
        </Popconfirm>
      )}

      <CustomerFormDrawer
        open={editing}
        customer={c}
        onClose={() => setEditing(false)}
        onSaved={() => void refresh()}
      />
      <TransferDialog
        open={transferring}
        customers={[c]}
        onClose={() => setTransferring(false)}
        onDone={async () => {
          // Handed to someone outside the caller's data scope: back to the list.
          if ((await refresh()).isError) navigate('/customers');
        }}
      />
      <MergeDialog
        open={merging}
        target={c}
        onClose={() => setMerging(false)}
        onDone={() => void refresh()}
      />
      <FormOverlay<{ note?: string }>
        kind="modal"
        open={reviewing !== null}
        title={reviewing === 'approve' ? t('custActions.approve') : t('custActions.reject')}
        form={reviewForm}
        fields={['note', 'reason']}
        onClose={() => setReviewing(null)}
        onSubmit={async ({ note }) => {
          const text = note?.trim() || undefined;
          if (reviewing === 'approve') await customersApi.approve(c.id, text);
          else await customersApi.reject(c.id, text);
          void message.success(
            reviewing === 'approve' ? t('custActions.approved') : t('custActions.rejected'),
          );
          await refresh();
        }}
        testId="review-form"
      >
        <Form.Item
          name="note"
          label={reviewing === 'approve' ? t('custActions.reviewNote') : t('custActions.rejectReason')}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="review-field-note" />
        </Form.Item>
      </FormOverlay>
    </Space>
  );
}
