export interface BackoffOptions {
  /** Delay after the first failure. */
  initialMs: number;
  /** Upper bound, however many failures in a row. */
  maxMs: number;
}

/** Exponential: initial, 2×, 4×, … capped at max. `attempt` counts from 1. */
export function backoffDelay(attempt: number, opts: BackoffOptions): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  return Math.min(opts.maxMs, opts.initialMs * 2 ** exponent);
}
