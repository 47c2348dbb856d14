// Saved views of the customer list: a named filter set, kept in the browser's localStorage under a
// key per user id (two people sharing a counter PC keep their own views). Not synced between
// browsers: a server-side store can replace this module without touching the page.
import type { CustomerFilters } from '../../api/customers.types';
import { cleanFilters, sameFilters } from './customer-filters';

export interface SavedView {
  id: string;
  name: string;
  filters: CustomerFilters;
  createdAt: string;
}

export const MAX_VIEWS = 20;
export const MAX_VIEW_NAME = 40;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export const viewsStorageKey = (userId: string) => `crm.customers.views.${userId}`;

/** The views of a user; a corrupt or foreign entry is ignored rather than breaking the page. */
export function loadViews(store: Store | undefined, userId: string): SavedView[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(store?.getItem(viewsStorageKey(userId)) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((v: unknown): SavedView[] => {
    if (!v || typeof v !== 'object') return [];
    const { id, name, filters, createdAt } = v as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || !name.trim()) return [];
    if (!filters || typeof filters !== 'object') return [];
    return [
      {
        id,
        name: name.slice(0, MAX_VIEW_NAME),
        filters: cleanFilters(filters as Record<string, unknown>),
        createdAt: typeof createdAt === 'string' ? createdAt : '',
      },
    ];
  });
}

function write(store: Store | undefined, userId: string, views: SavedView[]): void {
  try {
    store?.setItem(viewsStorageKey(userId), JSON.stringify(views));
  } catch {
    // Storage full or disabled (private mode): the view lives until the page is left.
  }
}

/**
 * Saves `filters` under `name`; a view of the same name (case-insensitive) is replaced. The newest
 * comes first; beyond MAX_VIEWS the oldest goes.
 */
export function saveView(
  store: Store | undefined,
  userId: string,
  name: string,
  filters: CustomerFilters,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): SavedView[] {
  const title = name.trim().slice(0, MAX_VIEW_NAME);
  if (!title) throw new Error('a saved view needs a name');
  const others = loadViews(store, userId).filter((v) => v.name.toLowerCase() !== title.toLowerCase());
  const view: SavedView = {
    id: newId(),
    name: title,
    filters: cleanFilters(filters as Record<string, unknown>),
    createdAt: now.toISOString(),
  };
  const views = [view, ...others].slice(0, MAX_VIEWS);
  write(store, userId, views);
  return views;
}

export function deleteView(store: Store | undefined, userId: string, id: string): SavedView[] {
  const views = loadViews(store, userId).filter((v) => v.id !== id);
  write(store, userId, views);
  return views;
}

/** The saved view whose filters are the ones shown, if any (to highlight it). */
export const matchingView = (views: SavedView[], filters: CustomerFilters): SavedView | undefined =>
  views.find((v) => sameFilters(v.filters, filters));
