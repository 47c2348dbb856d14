export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  signal?: AbortSignal;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `attempt` until it returns a value other than undefined. An attempt that throws is
 * retried: servers refuse connections for a while as they boot. Returns undefined on timeout
 * so the caller can write an error naming what it waited for.
 */
export async function pollUntil<T>(
  attempt: () => Promise<T | undefined>,
  { timeoutMs, intervalMs = 100, signal }: WaitOptions,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    signal?.throwIfAborted();
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() + intervalMs > deadline) return undefined;
    await sleep(intervalMs);
  }
}
