import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_COLUMNS_STORAGE_KEY,
  customerTableWidth,
  defaultCustomerColumns,
  readCustomerColumns,
  writeCustomerColumns,
} from './customer-columns';

const memory = () => {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
};

// About the table's room at 1440 px: the sider (216), the page's and the card's padding (2 × 48).
const ROOM_AT_1440 = 1440 - 216 - 96;

describe('customer list columns', () => {
  it('show what a clerk needs by default, the branch only to who sees several', () => {
    expect(defaultCustomerColumns('BRANCH')).toEqual([
      'name',
      'kind',
      'phone',
      'grade',
      'owner',
      'city',
      'createdAt',
    ]);
    expect(defaultCustomerColumns('ALL')).toContain('branch');
    expect(defaultCustomerColumns('OWN')).not.toContain('tags');
  });

  it('fit 1440 px without a horizontal scroll by default, with the selection boxes', () => {
    for (const scope of ['OWN', 'BRANCH', 'ALL'] as const)
      expect(customerTableWidth(defaultCustomerColumns(scope), true)).toBeLessThanOrEqual(ROOM_AT_1440);
  });

  it('remember the choice, in list order, the name always kept', () => {
    const storage = memory();
    expect(writeCustomerColumns(storage, ['tags', 'phone'])).toEqual(['name', 'phone', 'tags']);
    expect(readCustomerColumns(storage, 'OWN')).toEqual(['name', 'phone', 'tags']);
  });

  it('fall back to the defaults for nothing stored, garbage or unknown columns', () => {
    const storage = memory();
    expect(readCustomerColumns(storage, 'OWN')).toEqual(defaultCustomerColumns('OWN'));
    storage.setItem(CUSTOMER_COLUMNS_STORAGE_KEY, '{not json');
    expect(readCustomerColumns(storage, 'OWN')).toEqual(defaultCustomerColumns('OWN'));
    storage.setItem(CUSTOMER_COLUMNS_STORAGE_KEY, '["planet"]');
    expect(readCustomerColumns(storage, 'ALL')).toEqual(defaultCustomerColumns('ALL'));
    expect(readCustomerColumns(undefined, 'OWN')).toEqual(defaultCustomerColumns('OWN'));
  });
});
