import { describe, expect, it } from 'vitest';
import { deleteView, loadViews, matchingView, MAX_VIEWS, saveView, viewsStorageKey } from './saved-views';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

let n = 0;
const ids = () => `v${++n}`;
const at = (iso: string) => new Date(iso);

describe('saved views of the customer list', () => {
  it('are stored per user id in localStorage, newest first', () => {
    const store = memoryStorage();
    saveView(
      store,
      'alice',
      '佛山高意向',
      { city: '佛山', level: 'HIGH_INTENT' },
      at('2026-01-01T00:00:00Z'),
      ids,
    );
    saveView(store, 'alice', 'A 类', { customerClass: 'A' }, at('2026-01-02T00:00:00Z'), ids);
    saveView(store, 'bob', 'mine', { tag: 'x' }, at('2026-01-03T00:00:00Z'), ids);

    expect([...store.data.keys()].sort()).toEqual([viewsStorageKey('alice'), viewsStorageKey('bob')].sort());
    expect(viewsStorageKey('alice')).toBe('crm.customers.views.alice');
    expect(loadViews(store, 'alice').map((v) => v.name)).toEqual(['A 类', '佛山高意向']);
    expect(loadViews(store, 'bob')).toEqual([
      { id: expect.any(String), name: 'mine', filters: { tag: 'x' }, createdAt: '2026-01-03T00:00:00.000Z' },
    ]);
    expect(loadViews(store, 'carol')).toEqual([]);
  });

  it('replace a view of the same name, keep the filters clean, and cap the count', () => {
    const store = memoryStorage();
    saveView(store, 'u', 'Mine', { city: '佛山' }, undefined, ids);
    const views = saveView(
      store,
      'u',
      ' mine ',
      { city: '广州', q: '  ', level: 'BOGUS' as never },
      undefined,
      ids,
    );
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ name: 'mine', filters: { city: '广州' } });
    for (let i = 0; i < MAX_VIEWS + 5; i += 1)
      saveView(store, 'u', `v${i}`, { tag: `t${i}` }, undefined, ids);
    const all = loadViews(store, 'u');
    expect(all).toHaveLength(MAX_VIEWS);
    expect(all[0]?.name).toBe(`v${MAX_VIEWS + 4}`);
    expect(() => saveView(store, 'u', '   ', { tag: 'x' })).toThrow('needs a name');
  });

  it('are deleted by id and found by their filters', () => {
    const store = memoryStorage();
    const [a] = saveView(store, 'u', 'a', { city: '佛山', sort: 'name' }, undefined, ids);
    saveView(store, 'u', 'b', { tag: 'x' }, undefined, ids);
    expect(matchingView(loadViews(store, 'u'), { sort: 'name', city: ' 佛山 ' })?.name).toBe('a');
    expect(matchingView(loadViews(store, 'u'), { city: '广州' })).toBeUndefined();
    expect(deleteView(store, 'u', a!.id).map((v) => v.name)).toEqual(['b']);
    expect(loadViews(store, 'u').map((v) => v.name)).toEqual(['b']);
  });

  it('survive corrupt storage and a storage that refuses writes', () => {
    const key = viewsStorageKey('u');
    expect(loadViews(memoryStorage({ [key]: '{not json' }), 'u')).toEqual([]);
    expect(loadViews(memoryStorage({ [key]: '{"a":1}' }), 'u')).toEqual([]);
    expect(
      loadViews(
        memoryStorage({
          [key]: JSON.stringify([null, { id: 1 }, { id: 'x', name: 'ok', filters: { q: 'a' } }]),
        }),
        'u',
      ),
    ).toEqual([{ id: 'x', name: 'ok', filters: { q: 'a' }, createdAt: '' }]);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveView(full, 'u', 'x', { q: 'a' }, undefined, ids)).toHaveLength(1);
    expect(loadViews(undefined, 'u')).toEqual([]);
  });
});
