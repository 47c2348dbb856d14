import { DemoApiError, forEachAtMost, randomPassword } from '../src';

describe('forEachAtMost', () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachAtMost([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(item);
      running--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('throws the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    await expect(
      forEachAtMost([1, 2, 3, 4, 5, 6], 2, async (item) => {
        started.push(item);
        if (item === 2) throw new Error('two failed');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }),
    ).rejects.toThrow('two failed');
    expect(started).toEqual([1, 2]);
  });
});

describe('randomPassword', () => {
  it('gives letters and digits that cannot be misread, of the length asked, different each time', () => {
    const passwords = Array.from({ length: 200 }, () => randomPassword(12));
    for (const password of passwords) expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{12}$/);
    expect(new Set(passwords).size).toBe(200);
  });

  it('never contains the username (the password rules would refuse it)', () => {
    // A two-letter name shows up often in 40 characters; it must be drawn again each time.
    for (let i = 0; i < 200; i++) expect(randomPassword(40, 'ab').toLowerCase()).not.toContain('ab');
  });
});

describe('DemoApiError', () => {
  it('says the call, the status, the problem and the fields it named', () => {
    const error = new DemoApiError('POST', '/users', 400, {
      detail: 'password is not acceptable',
      errors: [{ field: 'body.password', message: 'must be at least 10 characters' }],
    });
    expect(error.message).toBe(
      'POST /users → 400 password is not acceptable (body.password: must be at least 10 characters)',
    );
    expect(error.status).toBe(400);
  });
});
