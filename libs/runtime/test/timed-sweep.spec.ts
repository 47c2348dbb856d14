import { startTimedSweep } from '../src';

/** A run the test ends when it wants. */
function controlledRuns() {
  const ends: (() => void)[] = [];
  let started = 0;
  return {
    get started() {
      return started;
    },
    run: () =>
      new Promise<void>((resolve) => {
        started += 1;
        ends.push(resolve);
      }),
    endAll: () => ends.splice(0).forEach((end) => end()),
  };
}

describe('startTimedSweep', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs every interval, one run at a time: a tick while a run is in progress is skipped', async () => {
    const runs = controlledRuns();
    const sweep = startTimedSweep({ name: 'rules', intervalMs: 1000, run: runs.run }, { error: jest.fn() });
    expect(runs.started).toBe(0);
    await jest.advanceTimersByTimeAsync(1000);
    expect(runs.started).toBe(1);
    await jest.advanceTimersByTimeAsync(3000);
    expect(runs.started).toBe(1);
    runs.endAll();
    await jest.advanceTimersByTimeAsync(1000);
    expect(runs.started).toBe(2);
    runs.endAll();
    await sweep.stop();
  });

  it('logs a failed run and runs again at the next tick', async () => {
    const error = jest.fn();
    let calls = 0;
    const sweep = startTimedSweep(
      {
        name: 'rules',
        intervalMs: 1000,
        run: async () => {
          calls += 1;
          if (calls === 1) throw new Error('database away');
        },
      },
      { error },
    );
    await jest.advanceTimersByTimeAsync(1000);
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ sweep: 'rules', err: expect.any(Error) }),
      expect.any(String),
    );
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
    expect(error).toHaveBeenCalledTimes(1);
    await sweep.stop();
  });

  it('stop() waits for the run in progress and no run starts after it', async () => {
    const runs = controlledRuns();
    const sweep = startTimedSweep({ name: 'rules', intervalMs: 1000, run: runs.run }, { error: jest.fn() });
    await jest.advanceTimersByTimeAsync(1000);
    let stopped = false;
    const stopping = sweep.stop().then(() => {
      stopped = true;
    });
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    runs.endAll();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(5000);
    expect(runs.started).toBe(1);
  });
});
