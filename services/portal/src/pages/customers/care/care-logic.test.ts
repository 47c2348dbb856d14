import { describe, expect, it } from 'vitest';
import type { CareDueItem } from '../../../api/customers-care.types';
import {
  countByOccasion,
  daysUntilKey,
  filterCareItems,
  nextOccurrence,
  sortCareItems,
  urgencyColor,
} from './care-logic';

const item = (over: Partial<CareDueItem>): CareDueItem => ({
  customerId: 'c',
  customerName: '青山家禽养殖场',
  occasion: 'birthday',
  label: '生日',
  date: '2026-11-30',
  daysUntil: 7,
  ...over,
});

describe('care list', () => {
  const items = [
    item({ customerId: 'c3', customerName: '张记饲料', daysUntil: 12, occasion: 'anniversary' }),
    item({ customerId: 'c2', customerName: '李家农场', daysUntil: 0, contactName: '李明' }),
    item({ customerId: 'c1', customerName: '阿里农场', daysUntil: 12, contactName: '王强' }),
    item({ customerId: 'c2', customerName: '李家农场', daysUntil: 0, contactName: '李红' }),
  ];

  it('sorts soonest first, then by customer and contact name', () => {
    expect(
      sortCareItems(items).map((i) => `${i.daysUntil} ${i.customerName} ${i.contactName ?? ''}`),
    ).toEqual(['0 李家农场 李红', '0 李家农场 李明', '12 阿里农场 王强', '12 张记饲料 ']);
    expect(items[0]?.customerId).toBe('c3'); // the input is left as it was
  });

  it('filters and counts by occasion', () => {
    expect(filterCareItems(items, 'anniversary').map((i) => i.customerId)).toEqual(['c3']);
    expect(filterCareItems(items, undefined)).toHaveLength(4);
    expect(countByOccasion(items)).toEqual({ birthday: 3, anniversary: 1 });
  });

  it('words and colours the days until', () => {
    expect([0, 1, 2, 30].map(daysUntilKey)).toEqual(['today', 'tomorrow', 'inDays', 'inDays']);
    expect([0, 3, 4, 14, 15].map(urgencyColor)).toEqual(['red', 'red', 'orange', 'orange', undefined]);
  });
});

describe('next occurrence', () => {
  it('is this year’s day when still ahead (today included), else next year’s', () => {
    expect(nextOccurrence('1985-11-25', '2026-11-23')).toEqual({ date: '2026-11-25', daysUntil: 2 });
    expect(nextOccurrence('2019-11-23', '2026-11-23')).toEqual({ date: '2026-11-23', daysUntil: 0 });
    expect(nextOccurrence('1990-01-05', '2026-11-23')).toEqual({ date: '2027-01-05', daysUntil: 43 });
    expect(nextOccurrence('12-31', '2026-12-31')).toEqual({ date: '2026-12-31', daysUntil: 0 });
  });

  it('celebrates Feb 29 on Feb 28 in other years', () => {
    expect(nextOccurrence('2000-02-29', '2026-11-23')).toEqual({ date: '2027-02-28', daysUntil: 97 });
    expect(nextOccurrence('2000-02-29', '2027-11-23')).toEqual({ date: '2028-02-29', daysUntil: 98 });
    expect(nextOccurrence('2000-02-29', '2027-02-28')).toEqual({ date: '2027-02-28', daysUntil: 0 });
  });

  it('is null for what is not a date', () => {
    expect(nextOccurrence(null, '2026-11-23')).toBeNull();
    expect(nextOccurrence('1985-13-01', '2026-11-23')).toBeNull();
    expect(nextOccurrence('1985-04-31', '2026-11-23')).toBeNull();
    expect(nextOccurrence('yesterday', '2026-11-23')).toBeNull();
  });
});
