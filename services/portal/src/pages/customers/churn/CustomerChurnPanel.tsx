import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { churnApi } from '../../../api/customers-care';
import type { ChurnItem, CustomerCareFields } from '../../../api/customers-care.types';
import type { Customer } from '../../../api/types';
import { useAuth } from '../../../auth/AuthProvider';
import { useErrorReporter } from '../../../components/errors';
import { formatDateTime } from '../../../components/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { ConfirmChurnDialog, PauseChurnDialog } from './ChurnDialogs';
import { churnActions } from './churn-rules';

const ALERT_TYPES = { at_risk: 'warning', paused: 'info', confirmed: 'error' } as const;

/** On the customer detail page: the churn state when it is not "active", with its actions. */
export function CustomerChurnPanel(props: { customer: Customer; refresh(): Promise<unknown> }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const [dialog, setDialog] = useState<'pause' | 'confirm' | null>(null);
  const churn = (props.customer as Customer & CustomerCareFields).churn;
  const reactivate = useMutation({
    mutationFn: () => churnApi.reactivate(props.customer.id),
    onSuccess: () => {
      void message.success(t('customerChurn.reactivated'));
      return props.refresh();
    },
    onError: report,
  });
  if (!churn || churn.status === 'active') return null;
  const item: ChurnItem = { customer: props.customer, churn };
  const detail =
    churn.status === 'paused'
      ? `${t('customerChurn.plan')}: ${churn.pausePlan ?? ''} · ${t('customerChurn.until')}: ${churn.pauseUntil ?? ''}`
      : churn.status === 'confirmed'
        ? `${t('customerChurn.reason')}: ${churn.reason ?? ''}`
        : `${t('customerChurn.lastActivity')}: ${churn.lastActivityAt ? formatDateTime(churn.lastActivityAt) : t('customerChurn.never')}`;

  return (
    <>
      <Alert
        type={ALERT_TYPES[churn.status]}
        showIcon
        data-testid="customer-churn-panel"
        message={t(`customerChurn.status.${churn.status}`)}
        description={detail}
        action={
          <Space direction="vertical">
            {churnActions(churn.status, can('customers.update')).map((action) =>
              action === 'reactivate' ? (
                <Popconfirm
                  key={action}
                  title={t('customerChurn.reactivateConfirm', { name: props.customer.name })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => reactivate.mutateAsync()}
                >
                  <Button size="small" data-testid="churn-panel-reactivate">
                    {t('customerChurn.reactivate')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button
                  key={action}
                  size="small"
                  danger={action === 'confirm'}
                  onClick={() => setDialog(action)}
                  data-testid={`churn-panel-${action}`}
                >
                  {action === 'pause'
                    ? t(churn.status === 'paused' ? 'customerChurn.changePlan' : 'customerChurn.pause')
                    : t('customerChurn.confirm')}
                </Button>
              ),
            )}
          </Space>
        }
      />
      <PauseChurnDialog
        item={dialog === 'pause' ? item : null}
        onClose={() => setDialog(null)}
        onDone={() => {
          void message.success(t('customerChurn.paused'));
          return props.refresh();
        }}
      />
      <ConfirmChurnDialog
        item={dialog === 'confirm' ? item : null}
        onClose={() => setDialog(null)}
        onDone={() => {
          void message.success(t('customerChurn.confirmed'));
          return props.refresh();
        }}
      />
    </>
  );
}
