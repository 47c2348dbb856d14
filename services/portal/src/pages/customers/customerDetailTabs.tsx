// The extension point of the customer detail page (/customers/:id): its tabs and the panels above
// them are these arrays, in display order. To add a tab, add ONE entry here and put the component in
// its own folder — nothing else in the page changes.
//
// C2 (documents, churn, care): add here
//   { key: 'documents', label: '<your key>', permission: 'customers.read',
//     render: ({ customer }) => <CustomerDocumentsTab customer={customer} /> },
// importing CustomerDocumentsTab from './documents/CustomerDocumentsTab', and the churn/care panel as
// an entry of `customerDetailPanels` below (or a tab, whichever reads better). `label` is a key of
// your own dictionary (src/i18n/<feature>.zh-CN.ts). The tab's content is mounted only when opened.
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/core';
import { CardsTab } from './detail/CardsTab';
import { ContactsTab } from './detail/ContactsTab';
import { ProfileTab } from './detail/ProfileTab';
import { TimelineTab } from './detail/TimelineTab';
import { CustomerCareTab } from './care/CustomerCareTab';
import { CustomerChurnPanel } from './churn/CustomerChurnPanel';
import { CustomerDocumentsTab } from './documents/CustomerDocumentsTab';
import type { CustomerTabProps } from './customer-tab-props';

export interface CustomerDetailTab {
  /** Stable: `?tab=<key>` in the address bar and `data-testid="customer-tab-<key>"`. */
  key: string;
  label: MessageKey;
  /** Needed to see the tab; none = whoever may read the customer. */
  permission?: string;
  render(props: CustomerTabProps): ReactNode;
}

export interface CustomerDetailPanel {
  key: string;
  permission?: string;
  render(props: CustomerTabProps): ReactNode;
}

export const customerDetailTabs: readonly CustomerDetailTab[] = [
  { key: 'profile', label: 'cust.profile', render: (p) => <ProfileTab {...p} /> },
  { key: 'contacts', label: 'cust.contacts', render: (p) => <ContactsTab {...p} /> },
  { key: 'cards', label: 'cust.cards', render: (p) => <CardsTab {...p} /> },
  { key: 'timeline', label: 'cust.timeline', render: (p) => <TimelineTab {...p} /> },
  { key: 'documents', label: 'customerDocuments.tab', render: (p) => <CustomerDocumentsTab {...p} /> },
  { key: 'care', label: 'customerCare.tab', render: (p) => <CustomerCareTab {...p} /> },
];

/**
 * Shown between the summary and the tabs (e.g. a churn or special-care status). A panel draws its own
 * frame (an Alert, a Card) and renders null when it has nothing to say.
 */
export const customerDetailPanels: readonly CustomerDetailPanel[] = [
  { key: 'churn', render: (p) => <CustomerChurnPanel {...p} /> },
];
