/** Where a step that fails to stop is reported. */
export interface StopLogger {
  error(obj: object, msg?: string): void;
}

interface Step {
  name: string;
  stop: () => unknown;
}

/**
 * What a process has started, in the order it started it, and how to stop each part. stop() stops
 * them in reverse order, once: intake first, the connections everything else used last. A part that
 * fails to stop is logged and the others are still stopped.
 */
export class Lifecycle {
  private readonly steps: Step[] = [];
  private stopped: Promise<void> | undefined;

  constructor(private readonly logger: StopLogger) {}

  /** Registers how to stop `value`, which has just been started; returns it. */
  own<T>(name: string, value: T, stop: (value: T) => unknown): T {
    this.onStop(name, () => stop(value));
    return value;
  }

  /** Registers a stop step (for what has no value to hand back). */
  onStop(name: string, stop: () => unknown): void {
    if (this.stopped) throw new Error(`${name} was started after stop()`);
    this.steps.push({ name, stop });
  }

  /** Stops everything in reverse order; later calls wait for the first. Rejects with the first failure. */
  stop(): Promise<void> {
    this.stopped ??= this.stopAll();
    return this.stopped;
  }

  private async stopAll(): Promise<void> {
    let firstFailure: { error: unknown } | undefined;
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step.stop();
      } catch (error) {
        this.logger.error({ err: error, step: step.name }, 'failed to stop');
        firstFailure ??= { error };
      }
    }
    if (firstFailure) throw firstFailure.error;
  }
}

/**
 * Runs `start` with a new Lifecycle and adds its stop() to what `start` returns. When `start`
 * throws, what it had already started is stopped (in reverse) before the error goes on, so a failed
 * start leaves no connection, timer or port open behind it.
 */
export async function startWithLifecycle<T extends object>(
  logger: StopLogger,
  start: (life: Lifecycle) => Promise<T>,
): Promise<T & { stop(): Promise<void> }> {
  const life = new Lifecycle(logger);
  try {
    const started = await start(life);
    return Object.assign(started, { stop: () => life.stop() });
  } catch (error) {
    // The start's own error is the one to report; a failure to stop is logged by stop().
    await life.stop().catch(() => undefined);
    throw error;
  }
}
