import { z } from 'zod';
import { invalidArgument } from '@crm/errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface PageRequest {
  /** Rows to return (the port fetches one more to know whether a next page exists). */
  limit: number;
  /** Insertion sequence of the last row of the previous page. */
  afterSeq?: bigint;
}

export interface Page<T> {
  items: T[];
  nextPageToken: string;
}

/** The paging fields of every list input; pageRequest checks them (one rule and one message for all). */
export const pageInput = { pageSize: z.number().optional(), pageToken: z.string().optional() };

/** A page with nothing on it (a filter outside the caller's scope). */
export const emptyPage = <T>(): Page<T> => ({ items: [], nextPageToken: '' });

/** pageSize 1..200 (0 or absent: 50) and an opaque cursor; anything else is INVALID_ARGUMENT. */
export function pageRequest(pageSize: number | undefined, pageToken: string | undefined): PageRequest {
  const size = pageSize ?? 0;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw invalidArgument(`pageSize must be between 1 and ${MAX_PAGE_SIZE}`, [
      { field: 'pageSize', message: `1..${MAX_PAGE_SIZE}` },
    ]);
  }
  return { limit: size || DEFAULT_PAGE_SIZE, afterSeq: pageToken ? decodeCursor(pageToken) : undefined };
}

/**
 * Cuts the extra row off and turns the last row into the next page's cursor (by default its
 * insertion sequence; a list with another order names its own cursor).
 */
export function toPage<T>(
  rows: { item: T; seq: bigint }[],
  limit: number,
  cursor: (last: { item: T; seq: bigint }) => string = (last) => encodeCursor(last.seq),
): Page<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => r.item),
    nextPageToken: rows.length > limit && last ? cursor(last) : '',
  };
}

/** One page of `fetch`: it is asked for one row more than the page holds, to know whether more follow. */
export async function fetchPage<T>(
  page: PageRequest,
  fetch: (request: PageRequest) => Promise<{ item: T; seq: bigint }[]>,
): Promise<Page<T>> {
  return toPage(await fetch({ ...page, limit: page.limit + 1 }), page.limit);
}

// The cursor is the row's insertion sequence: stable under concurrent inserts, unlike an offset.
export function encodeCursor(seq: bigint): string {
  return Buffer.from(`c1:${seq}`).toString('base64url');
}

export function decodeCursor(token: string): bigint {
  const match =
    token.length <= 200 ? /^c1:(\d{1,19})$/.exec(Buffer.from(token, 'base64url').toString('utf8')) : null;
  if (!match?.[1])
    throw invalidArgument('pageToken is invalid', [{ field: 'pageToken', message: 'is invalid' }]);
  return BigInt(match[1]);
}
