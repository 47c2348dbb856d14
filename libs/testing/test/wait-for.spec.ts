import { waitFor } from '../src';

describe('waitFor', () => {
  it('returns the first truthy value of the predicate', async () => {
    let calls = 0;
    const value = await waitFor(() => (++calls >= 3 ? { calls } : undefined), {
      message: 'three calls',
      intervalMs: 1,
    });
    expect(value).toEqual({ calls: 3 });
  });

  it('accepts async predicates and keeps polling through their errors', async () => {
    let calls = 0;
    const value = await waitFor(
      async () => {
        if (++calls < 3) throw new Error('not yet');
        return 'ok';
      },
      { message: 'async predicate', intervalMs: 1 },
    );
    expect(value).toBe('ok');
  });

  it('throws the message, and the last predicate error, on timeout', async () => {
    await expect(
      waitFor(
        () => {
          throw new Error('still broken');
        },
        { message: 'the thing to happen', timeoutMs: 50, intervalMs: 5 },
      ),
    ).rejects.toThrow(/timed out after 50 ms waiting for: the thing to happen \(last error: still broken\)/);
  });
});
