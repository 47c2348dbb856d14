// The list's filters live in the address bar (?q=…&city=…), so a search can be bookmarked, shared,
// and survives a reload or the back button. Pure functions: tested in customer-filters.test.ts.
import { CUSTOMER_SORTS, type CustomerFilters } from '../../api/customers.types';
import { CUSTOMER_CLASSES, CUSTOMER_KINDS, CUSTOMER_LEVELS, CUSTOMER_STATUSES } from '../../api/types';

type TextKey = 'q' | 'phone' | 'cardUid' | 'address' | 'city' | 'tag' | 'ownerId' | 'branchId';

/** Free-text filters with the server's length limits (longer values would be a 400). */
const TEXT_FILTERS: Record<TextKey, number> = {
  q: 200,
  phone: 40,
  cardUid: 64,
  address: 200,
  city: 100,
  tag: 100,
  ownerId: 64,
  branchId: 64,
};

const ENUM_FILTERS = {
  level: CUSTOMER_LEVELS,
  customerClass: CUSTOMER_CLASSES,
  status: CUSTOMER_STATUSES,
  kind: CUSTOMER_KINDS,
  sort: CUSTOMER_SORTS,
} as const;

/** Every filter key, in the order they appear in a query string. */
export const FILTER_KEYS = [
  ...Object.keys(TEXT_FILTERS),
  ...Object.keys(ENUM_FILTERS),
] as (keyof CustomerFilters)[];

/** Trims, drops empty values, unknown keys and values the API would refuse. */
export function cleanFilters(raw: Partial<Record<string, unknown>>): CustomerFilters {
  const out: Record<string, string> = {};
  for (const [key, max] of Object.entries(TEXT_FILTERS)) {
    const value = raw[key];
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (text) out[key] = text.slice(0, max);
  }
  for (const [key, allowed] of Object.entries(ENUM_FILTERS)) {
    const value = raw[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) out[key] = value;
  }
  // `created` is the server's default order: no need to spell it out.
  if (out.sort === 'created') delete out.sort;
  return out as CustomerFilters;
}

export function filtersFromSearch(search: URLSearchParams | string): CustomerFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  return cleanFilters(raw);
}

/** The query string of a filter set, keys in a fixed order (equal filters give equal strings). */
export function filtersToSearch(filters: CustomerFilters): string {
  const clean = cleanFilters(filters as Record<string, unknown>);
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = clean[key];
    if (value !== undefined) params.set(key, value);
  }
  return params.toString();
}

export const sameFilters = (a: CustomerFilters, b: CustomerFilters): boolean =>
  filtersToSearch(a) === filtersToSearch(b);

export const hasFilters = (filters: CustomerFilters): boolean =>
  Object.keys(cleanFilters(filters as Record<string, unknown>)).some((k) => k !== 'sort');
