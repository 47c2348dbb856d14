import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Calls `fire(i)` at `ratePerSecond` for `durationS` seconds on a fixed schedule (event i is due at
 * start + i / rate), not "one interval after the previous one": a late tick does not push the rest
 * back, so the offered rate is the one asked for. `fire` is not awaited (the events overlap, as
 * taps at a busy counter do); the returned promise settles when the last one has been fired.
 */
export async function paced(
  ratePerSecond: number,
  durationS: number,
  fire: (i: number) => void,
): Promise<number> {
  const total = Math.max(1, Math.round(ratePerSecond * durationS));
  const intervalMs = 1000 / ratePerSecond;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + i * intervalMs - performance.now();
    if (wait > 0.5) await sleep(wait);
    fire(i);
  }
  return total;
}
