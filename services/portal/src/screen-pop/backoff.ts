export interface BackoffOptions {
  /** The first delay (default 500 ms). */
  baseMs?: number;
  /** The longest delay (default 30 s). */
  maxMs?: number;
}

/**
 * How long to wait before reconnect attempt `attempt` (0 = the first after a drop): exponential, capped,
 * with "equal jitter" (half fixed, half random) so that a gateway restart does not bring every
 * browser of a branch back in the same millisecond, yet no attempt comes sooner than half its step.
 */
export function reconnectDelay(attempt: number, random: () => number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 500;
  const max = options.maxMs ?? 30_000;
  const step = Math.min(max, base * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.round(step / 2 + (step / 2) * random());
}
