import { Cache } from '../src';

const url = process.env.CRM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('Cache (real Redis)', () => {
  const prefix = `t${process.pid}${Date.now()}`;
  let a: Cache;
  let b: Cache;

  beforeAll(async () => {
    a = await Cache.connect(url, `${prefix}a`);
    b = await Cache.connect(url, `${prefix}b`);
  });
  afterAll(async () => {
    await a.delete('k');
    await b.delete('k');
    await a.close();
    await b.close();
  });

  it('keeps each prefix apart', async () => {
    await a.setJson('k', { v: '甲' }, 30);
    await b.setJson('k', { v: 'B' }, 30);
    expect(await a.getJson('k')).toEqual({ v: '甲' });
    expect(await b.getJson('k')).toEqual({ v: 'B' });
    expect(await a.client.get(`${prefix}a:k`)).toBe('{"v":"甲"}');
    await a.delete('k');
    expect(await a.getJson('k')).toBeUndefined();
    expect(await b.getJson('k')).toEqual({ v: 'B' });
  });

  it('says which server it cannot reach', async () => {
    await expect(Cache.connect('redis://127.0.0.1:1', 'x')).rejects.toThrow(
      'cannot reach Redis at redis://127.0.0.1:1',
    );
  });
});
