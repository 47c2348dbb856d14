import { Lifecycle, startWithLifecycle } from '../src';

const quiet = () => {
  const errors: object[] = [];
  return { errors, logger: { error: (obj: object) => errors.push(obj) } };
};

describe('Lifecycle', () => {
  it('stops what was started in reverse order, once', async () => {
    const { logger } = quiet();
    const life = new Lifecycle(logger);
    const stopped: string[] = [];
    const pool = life.own('pool', { name: 'pool' }, (p) => stopped.push(p.name));
    expect(pool).toEqual({ name: 'pool' });
    life.onStop('bus', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      stopped.push('bus');
    });
    life.onStop('server', () => stopped.push('server'));
    await Promise.all([life.stop(), life.stop()]);
    await life.stop();
    expect(stopped).toEqual(['server', 'bus', 'pool']);
  });

  it('stops the rest when a part fails to stop, logs it, then rejects with that failure', async () => {
    const { logger, errors } = quiet();
    const life = new Lifecycle(logger);
    const stopped: string[] = [];
    life.onStop('pool', () => stopped.push('pool'));
    life.onStop('bus', () => {
      throw new Error('drain failed');
    });
    life.onStop('server', () => stopped.push('server'));
    await expect(life.stop()).rejects.toThrow('drain failed');
    expect(stopped).toEqual(['server', 'pool']);
    expect(errors).toEqual([expect.objectContaining({ step: 'bus' })]);
  });

  it('refuses to own anything once stopping', async () => {
    const life = new Lifecycle(quiet().logger);
    await life.stop();
    expect(() => life.onStop('late', () => undefined)).toThrow(/late/);
  });
});

describe('startWithLifecycle', () => {
  it('adds stop() to what the start returns', async () => {
    const stopped: string[] = [];
    const started = await startWithLifecycle(quiet().logger, async (life) => {
      life.onStop('a', () => stopped.push('a'));
      return { port: 7 };
    });
    expect(started.port).toBe(7);
    await started.stop();
    expect(stopped).toEqual(['a']);
  });

  it('stops what a failed start had started, and rethrows the start’s own error', async () => {
    const { logger, errors } = quiet();
    const stopped: string[] = [];
    const failed = startWithLifecycle(logger, async (life) => {
      life.onStop('pool', () => stopped.push('pool'));
      life.onStop('bus', () => {
        throw new Error('bus close failed too');
      });
      throw new Error('port in use');
    });
    await expect(failed).rejects.toThrow('port in use');
    expect(stopped).toEqual(['pool']);
    expect(errors).toEqual([expect.objectContaining({ step: 'bus' })]);
  });
});
