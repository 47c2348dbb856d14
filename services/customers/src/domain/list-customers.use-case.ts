import { createHash } from 'node:crypto';
import { z } from 'zod';
import { requirePermission, type Principal } from '@crm/auth';
import { fromZodError, invalidArgument } from '@crm/errors';
import { normalizeCardUid } from './card-uid';
import {
  customerClasses,
  customerKinds,
  customerLevels,
  customerPermissions,
  customerStatuses,
  type Customer,
  type CustomerClass,
  type CustomerKind,
  type CustomerLevel,
  type CustomerStatus,
} from './customer';
import { phoneSearchTerm } from './phone-number';
import { hasNoControlCharacters } from './text-rules';
import { poolView } from './pool-masking';

export const customerSorts = ['created_desc', 'name_asc', 'purchase_quantity_desc'] as const;
export type CustomerSort = (typeof customerSorts)[number];

/** Search filters (R-CUS-2); every one optional, all combined with AND, always within the data scope. */
export interface CustomerFilter {
  branchId?: string;
  q?: string;
  phone?: { e164: string } | { digits: string };
  cardUid?: string;
  address?: string;
  city?: string;
  tag?: string;
  ownerId?: string;
  level?: CustomerLevel;
  customerClass?: CustomerClass;
  status?: CustomerStatus;
  kind?: CustomerKind;
}

/** Where a page ended: the row's sequence and its sort key (name, quantity or deletion time). */
export interface ListCursor {
  seq: string;
  key: string;
}

export interface ListCustomersQuery {
  pageSize: number;
  pageToken: string;
  branchId: string;
  q?: string;
  phone?: string;
  cardUid?: string;
  address?: string;
  city?: string;
  tag?: string;
  ownerId?: string;
  level?: string;
  customerClass?: string;
  status?: string;
  kind?: string;
  sort?: string;
}

export interface CustomerPage {
  customers: Customer[];
  nextPageToken: string;
}

export interface ListCustomersPort {
  /** Live records in the sort order, after the cursor, limited to the principal's data scope. */
  listPage(
    principal: Principal,
    filter: CustomerFilter,
    sort: CustomerSort,
    after: ListCursor | undefined,
    limit: number,
  ): Promise<{ customer: Customer; cursor: ListCursor }[]>;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

const term = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    .refine(hasNoControlCharacters, 'must not contain control characters')
    .transform((v) => v.normalize('NFC').trim() || undefined)
    .optional();
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(''), z.enum(values, { message: `must be one of ${values.join(', ')}` })])
    .optional()
    .transform((v) => (v ? (v as T[number]) : undefined));

/** The search filters as the list reads them; the export reads the same ones. */
export const filterInput = z.object({
  branchId: term(64),
  q: term(200),
  phone: z
    .string()
    .max(40, 'at most 40 characters')
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return undefined;
      const t = phoneSearchTerm(v);
      if (!t) ctx.addIssue({ code: 'custom', message: 'is not a phone number or 4 or more of its digits' });
      return t;
    }),
  cardUid: z
    .string()
    .max(64, 'at most 64 characters')
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return undefined;
      const uid = normalizeCardUid(v);
      if (!uid) ctx.addIssue({ code: 'custom', message: 'is not a card UID (4 to 10 bytes in hex)' });
      return uid;
    }),
  address: term(200),
  city: term(100),
  tag: term(32),
  ownerId: term(64),
  level: optionalEnum(customerLevels),
  customerClass: optionalEnum(customerClasses),
  status: optionalEnum(customerStatuses),
  kind: optionalEnum(customerKinds),
  sort: optionalEnum(customerSorts),
});

export async function listCustomers(
  port: ListCustomersPort,
  principal: Principal | undefined,
  query: ListCustomersQuery,
): Promise<CustomerPage> {
  const caller = requirePermission(principal, customerPermissions.read);
  const limit = pageSizeOf(query.pageSize);
  const parsed = filterInput.safeParse(query);
  if (!parsed.success) throw fromZodError(parsed.error, 'search is invalid');
  const { sort = 'created_desc', ...filter } = parsed.data;
  // A cursor belongs to one query: the same filters and sort, or it is refused.
  const fingerprint = queryFingerprint({ sort, ...filter });
  const after = query.pageToken ? decodeCursor(query.pageToken, fingerprint) : undefined;
  const rows = await port.listPage(caller, filter, sort, after, limit + 1);
  const page = pageOf(rows, limit, fingerprint);
  return { ...page, customers: page.customers.map((c) => poolView(caller, c)) };
}

export function pageSizeOf(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
    throw invalidArgument(`pageSize must be between 1 and ${MAX_PAGE_SIZE}`, [
      { field: 'pageSize', message: `1..${MAX_PAGE_SIZE}` },
    ]);
  }
  return pageSize || DEFAULT_PAGE_SIZE;
}

export function pageOf(
  rows: { customer: Customer; cursor: ListCursor }[],
  limit: number,
  fingerprint: string,
): CustomerPage {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    customers: page.map((r) => r.customer),
    nextPageToken: rows.length > limit && last ? encodeCursor(last.cursor, fingerprint) : '',
  };
}

export function queryFingerprint(query: object): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 10);
}

// The cursor is the last row's position in the sort order (its key and insertion sequence), stable
// under concurrent inserts, unlike an offset, and bound to its query by a fingerprint of the filters
// and sort. The first contract's cursors (`c1:<seq>`) are still accepted for the default order.
export function encodeCursor(cursor: ListCursor, fingerprint: string): string {
  return Buffer.from(`c2:${fingerprint}:${cursor.seq}:${cursor.key}`).toString('base64url');
}

/** Tokens carry the last name (≤ 200 characters), so they can be long-ish. */
export const MAX_TOKEN_LENGTH = 1500;
const DEFAULT_FINGERPRINT = queryFingerprint({ sort: 'created_desc' });

export function decodeCursor(token: string, fingerprint: string): ListCursor {
  const text = token.length <= MAX_TOKEN_LENGTH ? Buffer.from(token, 'base64url').toString('utf8') : '';
  const v1 = /^c1:(\d{1,19})$/.exec(text);
  if (v1?.[1] && fingerprint === DEFAULT_FINGERPRINT) return { seq: v1[1], key: '' };
  const v2 = /^c2:([\w-]{10}):(\d{1,19}):(.*)$/s.exec(text);
  if (v2 && v2[1] === fingerprint) return { seq: v2[2]!, key: v2[3]! };
  throw invalidArgument('pageToken is invalid', [
    { field: 'pageToken', message: 'is invalid or belongs to another search' },
  ]);
}
