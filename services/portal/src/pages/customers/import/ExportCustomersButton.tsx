import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { customersImportApi } from '../../../api/customers-import';
import type { CustomerFilters } from '../../../api/customers.types';
import { useAuth } from '../../../auth/AuthProvider';
import { useErrorReporter } from '../../../components/errors';
import { useI18n } from '../../../i18n/I18nProvider';
import { saveBlob } from '../documents/save-blob';

/**
 * Exports the customer list with its current filters as .xlsx (the columns of the import template,
 * so an export re-imports). The server applies the caller's data scope. Hidden without customers.export.
 */
export function ExportCustomersButton({ filters }: { filters: CustomerFilters }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const [busy, setBusy] = useState(false);
  if (!can('customers.export')) return null;

  const run = async () => {
    setBusy(true);
    try {
      saveBlob(await customersImportApi.exportFile(filters), t('customerImport.exportFileName'));
      void message.success(t('customerImport.exported'));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid="customers-export"
    >
      {t('customerImport.export')}
    </Button>
  );
}
