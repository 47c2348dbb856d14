import type { Customer } from '../../api/types';

/** What every tab and panel of the customer detail page gets (customerDetailTabs.tsx lists them). */
export interface CustomerTabProps {
  customer: Customer;
  /** Re-reads the customer (after a change the tab made to it). */
  refresh(): Promise<unknown>;
}
