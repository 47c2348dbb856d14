/** Login lockout settings (from the service's configuration). */
export interface LockoutPolicy {
  /** Failures within the window that lock the username. */
  maxFailures: number;
  windowSeconds: number;
  /** First lock; each further lock doubles it, up to maxSeconds. */
  baseSeconds: number;
  maxSeconds: number;
  /** How long the number of past locks is remembered (for the doubling). */
  memorySeconds: number;
}

/** Duration of the `lockNumber`-th lock in a row (from 1): base, 2×base, 4×base, … capped at max. */
export function lockDurationSeconds(
  lockNumber: number,
  policy: Pick<LockoutPolicy, 'baseSeconds' | 'maxSeconds'>,
): number {
  const exponent = Math.max(0, Math.min(lockNumber - 1, 30));
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** exponent);
}

/** The schedule of lock durations until the cap is reached (the cap repeats after it). */
export function lockSchedule(policy: Pick<LockoutPolicy, 'baseSeconds' | 'maxSeconds'>): number[] {
  const schedule: number[] = [];
  for (let n = 1; n <= 31; n++) {
    const d = lockDurationSeconds(n, policy);
    schedule.push(d);
    if (d >= policy.maxSeconds) break;
  }
  return schedule;
}
