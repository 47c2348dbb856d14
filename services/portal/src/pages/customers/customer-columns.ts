import type { DataScope } from '../../api/types';

// The customer list's columns and which of them a clerk sees. The defaults fit a 1440-px screen
// without a horizontal scroll (sider 216 px, page and card padding 96 px: about 1,120 px of table);
// the rest are a click away in the column chooser, which the browser remembers.

export const CUSTOMER_COLUMNS = [
  'name',
  'kind',
  'phone',
  'grade',
  'owner',
  'city',
  'tags',
  'branch',
  'purchaseQuantity',
  'createdAt',
] as const;
export type CustomerColumn = (typeof CUSTOMER_COLUMNS)[number];

/** Width in px of each column (the name column gets the rest of the row). */
export const CUSTOMER_COLUMN_WIDTHS: Record<CustomerColumn, number> = {
  name: 200,
  kind: 76,
  phone: 130,
  grade: 150,
  owner: 110,
  city: 120,
  tags: 140,
  branch: 110,
  purchaseQuantity: 90,
  createdAt: 110,
};

/** The selection checkboxes in front of the columns. */
export const SELECTION_WIDTH = 32;

export const CUSTOMER_COLUMNS_STORAGE_KEY = 'crm.customers.columns';

const isColumn = (value: unknown): value is CustomerColumn =>
  typeof value === 'string' && (CUSTOMER_COLUMNS as readonly string[]).includes(value);

/** What a clerk needs at a glance; the branch only for those who see more than one. */
export function defaultCustomerColumns(dataScope: DataScope): CustomerColumn[] {
  const shown: CustomerColumn[] = ['name', 'kind', 'phone', 'grade', 'owner', 'city', 'createdAt'];
  return dataScope === 'ALL' ? sortColumns([...shown, 'branch']) : shown;
}

/** In the list's order, the name always among them. */
export function sortColumns(columns: readonly CustomerColumn[]): CustomerColumn[] {
  const set = new Set<CustomerColumn>([...columns, 'name']);
  return CUSTOMER_COLUMNS.filter((c) => set.has(c));
}

/** The columns the user chose before (in this browser), else the defaults. */
export function readCustomerColumns(
  storage: Pick<Storage, 'getItem'> | undefined,
  dataScope: DataScope,
): CustomerColumn[] {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(CUSTOMER_COLUMNS_STORAGE_KEY) ?? 'null');
    if (Array.isArray(stored) && stored.some(isColumn)) return sortColumns(stored.filter(isColumn));
  } catch {
    // Unreadable: the defaults.
  }
  return defaultCustomerColumns(dataScope);
}

export function writeCustomerColumns(
  storage: Pick<Storage, 'setItem'> | undefined,
  columns: readonly CustomerColumn[],
): CustomerColumn[] {
  const sorted = sortColumns(columns);
  try {
    storage?.setItem(CUSTOMER_COLUMNS_STORAGE_KEY, JSON.stringify(sorted));
  } catch {
    // Private mode or full: the choice lasts for this page only.
  }
  return sorted;
}

/** The table's width for these columns: it scrolls sideways only when they need more than the screen. */
export function customerTableWidth(columns: readonly CustomerColumn[], selectable: boolean): number {
  return columns.reduce((sum, c) => sum + CUSTOMER_COLUMN_WIDTHS[c], selectable ? SELECTION_WIDTH : 0);
}
