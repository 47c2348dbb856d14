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

/** Cuts the extra row off and turns the last row's sequence into the next page's cursor. */
export function toPage<T>(rows: { item: T; seq: bigint }[], limit: number): Page<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => r.item),
    nextPageToken: rows.length > limit && last ? encodeCursor(last.seq) : '',
  };
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
