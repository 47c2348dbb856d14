// The `npm start` runner: starts the system, prints where things run and how long it took, and
// stops it all on Ctrl-C / SIGTERM / SIGHUP (exit 0), when its own parent goes away (npm killed),
// or when a service dies (its last output, exit 1).
import { describeError } from '@crm/devservers';
import { formatDemoReport } from './demo-report';
import { loadDemoData } from './demo-runner';
import { formatStatusTable } from './status-table';
import { describeExit, startSystem, type RunningSystem, type SystemOptions } from './system';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * A Ctrl-C in a terminal reaches npm and the runner (one process group), and npm passes its
 * SIGINT on to the runner: the same keypress arrives twice within milliseconds. A second signal
 * forces only when it comes later than this.
 */
const SAME_SIGNAL_MS = 500;
const PARENT_POLL_MS = 500;
/**
 * A smaller young generation than V8's 16 MB semi-spaces for the services of `npm start` (a service
 * that needs more sets its own, e.g. customers for imports): each service starts with a burst of
 * allocation that grows the young generation, which then stays. With ten services: 190 MB less
 * resident memory when idle, the same time to ready (bench:startup).
 */
const SERVICE_NODE_OPTIONS = '--max-semi-space-size=4';

export async function runCli(options: SystemOptions = {}): Promise<never> {
  // A closed terminal makes our writes fail (EIO): that must not end the orderly stop it caused.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  const abort = new AbortController();
  let signalled: (reason: string) => void = () => undefined;
  const stopRequested = new Promise<string>((resolve) => (signalled = resolve));
  let firstAt = 0;
  const requestStop = (reason: string): void => {
    if (abort.signal.aborted) {
      if (Date.now() - firstAt < SAME_SIGNAL_MS) return;
      // Second Ctrl-C: do not wait; the exit hooks (and the watchdog) still stop every child.
      console.error(`\n${reason} again: exiting without waiting for the services.`);
      process.exit(130);
    }
    firstAt = Date.now();
    console.error(`\n${reason}: stopping the services, then the servers (Ctrl-C again to force)…`);
    abort.abort();
    signalled(reason);
  };
  for (const signal of SIGNALS) process.on(signal, () => requestStop(signal));
  // npm killed (or the shell above us): we are re-parented; nobody is left to stop us but ourselves.
  const parent = process.ppid;
  const parentWatch = setInterval(() => {
    if (process.ppid !== parent) requestStop('The process that started the runner is gone');
  }, PARENT_POLL_MS);
  parentWatch.unref();

  let system: RunningSystem;
  try {
    system = await startSystem({
      nodeOptions: SERVICE_NODE_OPTIONS,
      ...options,
      detached: true,
      signal: abort.signal,
    });
  } catch (error) {
    if (abort.signal.aborted) {
      console.error('Stopped before start-up finished.');
      process.exit(0);
    }
    console.error(`\nStart-up failed: ${describeError(error)}`);
    process.exit(1);
  }
  console.log(formatStatusTable(system, process.cwd()));
  // From the runner's own start (node booting it included), not only startSystem's part.
  console.log(`  Ready in ${process.uptime().toFixed(1)} s (${system.timings}).\n`);

  const stopOrFailure = Promise.race([
    stopRequested.then(() => undefined),
    system.failure.then((failure) => (abort.signal.aborted ? undefined : failure)),
  ]);
  if (system.demo) {
    // Ctrl-C or a failing service during the demo stops it there (its calls then fail, unseen).
    const demo = loadDemoData(system, {
      rootDir: system.rootDir,
      bundle: system.bundled,
      say: (line) => console.log(`  ${line}`),
    });
    const finished = await Promise.race([demo, stopOrFailure.then(() => undefined)]);
    if (finished) console.log(formatDemoReport(finished, system.httpUrl));
  }
  const outcome = await stopOrFailure;
  if (outcome) {
    console.error(
      `\nService "${outcome.service}" stopped unexpectedly (${describeExit(outcome)}). Its last output:`,
    );
    for (const line of outcome.tail) console.error(`    ${line}`);
    console.error('Stopping everything else.');
    abort.abort();
    await system.stop();
    process.exit(1);
  }
  await system.stop();
  console.error('All stopped.');
  process.exit(0);
}
