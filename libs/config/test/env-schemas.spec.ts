import { ConfigError, env, loadConfig, redisEnv, z } from '../src';

const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('no ConfigError');
};

describe('env.bytes', () => {
  const schema = z.object({ LIMIT: env.bytes(10 * 1024 * 1024, { min: 1024, max: 64 * 1024 * 1024 }) });

  it('reads a number of bytes or one with a unit (1 kb = 1024 bytes), and has a default', () => {
    expect(loadConfig(schema, {}).LIMIT).toBe(10 * 1024 * 1024);
    expect(loadConfig(schema, { LIMIT: '2048' }).LIMIT).toBe(2048);
    expect(loadConfig(schema, { LIMIT: '100kb' }).LIMIT).toBe(100 * 1024);
    expect(loadConfig(schema, { LIMIT: '20MB' }).LIMIT).toBe(20 * 1024 * 1024);
  });

  it('refuses what is not a size, and sizes out of bounds, naming the bound', () => {
    expect(problemsOf(() => loadConfig(schema, { LIMIT: 'big' }))).toEqual([
      { variable: 'LIMIT', message: 'must be a size in bytes, e.g. 10485760 or 10mb' },
    ]);
    expect(problemsOf(() => loadConfig(schema, { LIMIT: '1.5mb' }))[0]?.variable).toBe('LIMIT');
    expect(problemsOf(() => loadConfig(schema, { LIMIT: '1000' }))[0]?.message).toBe('must be at least 1kb');
    expect(problemsOf(() => loadConfig(schema, { LIMIT: '65mb' }))[0]?.message).toBe('must be at most 64mb');
  });
});

describe('env.json', () => {
  const schema = z.object({
    MAP: env.json(z.record(z.string(), z.object({ branchId: z.string().min(1) }))).optional(),
  });

  it('parses and checks a JSON-valued setting', () => {
    expect(loadConfig(schema, { MAP: '{"a":{"branchId":"b1"}}' }).MAP).toEqual({ a: { branchId: 'b1' } });
    expect(loadConfig(schema, {}).MAP).toBeUndefined();
  });

  it('names the variable, and the place inside the JSON that is wrong', () => {
    expect(problemsOf(() => loadConfig(schema, { MAP: '{' }))).toEqual([
      { variable: 'MAP', message: 'must be JSON' },
    ]);
    const [problem] = problemsOf(() => loadConfig(schema, { MAP: '{"a":{"branchId":""}}' }));
    expect(problem?.variable).toBe('MAP');
    expect(problem?.message).toMatch(/^a\.branchId: /);
  });
});

describe('redisEnv', () => {
  const schema = z.object(redisEnv('svc'));

  it('is one pair of names for every service: REDIS_URL and REDIS_PREFIX (with its default)', () => {
    expect(loadConfig(schema, { REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual({
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: 'svc',
    });
    expect(problemsOf(() => loadConfig(schema, { REDIS_URL: 'redis://x', REDIS_PREFIX: 'a b' }))).toEqual([
      { variable: 'REDIS_PREFIX', message: expect.stringContaining('letters, digits') },
    ]);
  });
});
