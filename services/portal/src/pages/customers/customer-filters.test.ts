import { describe, expect, it } from 'vitest';
import {
  cleanFilters,
  filtersFromSearch,
  filtersToSearch,
  hasFilters,
  sameFilters,
} from './customer-filters';

describe('customer list filters ↔ query string', () => {
  it('round-trips every filter, in a fixed key order', () => {
    const filters = {
      q: '青山',
      phone: '+86 138-0013-8000',
      cardUid: '04A31B2C',
      address: '顺德',
      city: '佛山',
      tag: '养殖',
      ownerId: 'u-1',
      branchId: 'b-1',
      level: 'HIGH_INTENT',
      customerClass: 'A',
      status: 'PENDING_REVIEW',
      kind: 'COMPANY',
      sort: 'name',
    } as const;
    const search = filtersToSearch(filters);
    expect(search).toBe(
      'q=%E9%9D%92%E5%B1%B1&phone=%2B86+138-0013-8000&cardUid=04A31B2C&address=%E9%A1%BA%E5%BE%B7&city=%E4%BD%9B%E5%B1%B1&tag=%E5%85%BB%E6%AE%96&ownerId=u-1&branchId=b-1&level=HIGH_INTENT&customerClass=A&status=PENDING_REVIEW&kind=COMPANY&sort=name',
    );
    expect(filtersFromSearch(search)).toEqual(filters);
    expect(filtersFromSearch(`?${search}`)).toEqual(filters);
  });

  it('drops empty, unknown and invalid values and trims text', () => {
    expect(
      filtersFromSearch(
        'q=++%E7%8E%8B++&phone=&level=VIP&customerClass=D&sort=random&evil=1&kind=INDIVIDUAL',
      ),
    ).toEqual({ q: '王', kind: 'INDIVIDUAL' });
    expect(cleanFilters({ q: 42, city: ['a'], tag: '  ' })).toEqual({});
  });

  it('cuts text at the API limits instead of sending a request it would refuse', () => {
    expect(filtersFromSearch(`phone=${'1'.repeat(60)}`).phone).toHaveLength(40);
    expect(filtersFromSearch(`q=${'名'.repeat(300)}`).q).toHaveLength(200);
  });

  it('treats the default sort as no sort, and compares filter sets by value', () => {
    expect(filtersToSearch({ sort: 'created' })).toBe('');
    expect(sameFilters({ city: '佛山', q: '青' }, { q: ' 青 ', city: '佛山', sort: 'created' })).toBe(true);
    expect(sameFilters({ city: '佛山' }, { city: '广州' })).toBe(false);
    expect(hasFilters({ sort: 'name' })).toBe(false);
    expect(hasFilters({ tag: 'x' })).toBe(true);
  });
});
