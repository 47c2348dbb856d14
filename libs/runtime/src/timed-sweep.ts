/** Work a service does on a timer (the customers pool rules, churn flags, care reminders). */
export interface TimedSweep {
  /** Named in the logs. */
  name: string;
  intervalMs: number;
  run: () => Promise<void>;
}

interface SweepLogger {
  error(obj: object, msg?: string): void;
}

/** setInterval's largest delay; a longer one would fire at once, over and over. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `sweep` every `intervalMs` (the first run one interval after the start): one run at a time
 * (a tick while it runs is skipped), a failure logged and left to the next run. stop() clears the
 * timer and waits for a run in progress. The timer does not keep the process alive.
 */
export function startTimedSweep(sweep: TimedSweep, logger: SweepLogger): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= Promise.resolve()
      .then(sweep.run)
      .catch((err: unknown) =>
        logger.error({ err, sweep: sweep.name }, 'sweep failed; it runs again next time'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, Math.min(Math.max(sweep.intervalMs, 1), MAX_TIMER_MS));
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
