import { App, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { customerCardsApi } from '../../api/customers';
import { useErrorReporter } from '../../components/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { filtersToSearch } from './customer-filters';

const HEX_UID = /^[0-9a-f](?:[0-9a-f\s:-]*[0-9a-f])?$/i;
const PHONE = /^\+?[\d\s\-().]{5,40}$/;

/**
 * The counter's quick find: tap a card on a keyboard-wedge reader (or type its UID) or type a phone in
 * any format, and the customer opens — the same lookups the real-time recognition uses.
 */
export function QuickLookup() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { report } = useErrorReporter();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);

  const find = async (raw: string) => {
    const term = raw.trim();
    if (!term) return;
    setBusy(true);
    try {
      if (HEX_UID.test(term)) {
        try {
          const { customer } = await customerCardsApi.byCard(term);
          setValue('');
          return void navigate(`/customers/${customer.id}`);
        } catch (error) {
          // Not a known card (or not a UID at all): a phone may still match.
          if (!isApiError(error) || (error.status !== 404 && error.status !== 400)) throw error;
        }
      }
      if (PHONE.test(term)) {
        const { items } = await customerCardsApi.byPhone(term);
        if (items.length === 1) {
          setValue('');
          return void navigate(`/customers/${items[0]!.id}`);
        }
        if (items.length > 1) return void navigate(`/customers?${filtersToSearch({ phone: term })}`);
      }
      void message.warning(t('custLookup.notFound', { term }));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Input.Search
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onSearch={(v) => void find(v)}
      loading={busy}
      allowClear
      placeholder={t('custLookup.placeholder')}
      style={{ width: 280 }}
      data-testid="customers-quick-lookup"
    />
  );
}
