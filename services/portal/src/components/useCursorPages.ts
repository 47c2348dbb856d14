import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from '../api/types';

/**
 * Cursor pagination (`nextPageToken`) for a table: a stack of page tokens, reset whenever the
 * filters (the query key) change.
 */
export function useCursorPages<T>(
  queryKey: readonly unknown[],
  fetchPage: (pageToken: string | undefined) => Promise<Page<T>>,
  options: { enabled?: boolean } = {},
) {
  const keyText = JSON.stringify(queryKey);
  const [state, setState] = useState<{ keyText: string; tokens: (string | undefined)[] }>({
    keyText,
    tokens: [undefined],
  });
  const tokens = state.keyText === keyText ? state.tokens : [undefined];
  const token = tokens[tokens.length - 1];
  const query = useQuery({
    queryKey: [...queryKey, { pageToken: token ?? null }],
    queryFn: () => fetchPage(token),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
  const nextToken = query.data?.nextPageToken ?? null;
  return {
    query,
    items: query.data?.items ?? [],
    page: tokens.length,
    hasPrev: tokens.length > 1,
    hasNext: nextToken !== null,
    next: () => {
      if (nextToken) setState({ keyText, tokens: [...tokens, nextToken] });
    },
    prev: () => {
      if (tokens.length > 1) setState({ keyText, tokens: tokens.slice(0, -1) });
    },
  };
}

/** What useCursorPages returns: the current page's rows and the controls of the cursor stack. */
export type CursorPages<T> = ReturnType<typeof useCursorPages<T>>;
