// The `npm start` runner: starts the system, prints where things run, and stops it all on
// Ctrl-C / SIGTERM (exit 0) or when a service dies (its last output, exit 1).
import { describeError } from '@crm/devservers';
import { formatStatusTable } from './status-table';
import { describeExit, startSystem, type RunningSystem, type SystemOptions } from './system';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export async function runCli(options: SystemOptions = {}): Promise<never> {
  const abort = new AbortController();
  let signalled: (signal: NodeJS.Signals) => void = () => undefined;
  const stopRequested = new Promise<NodeJS.Signals>((resolve) => (signalled = resolve));
  const onSignal = (signal: NodeJS.Signals): void => {
    if (abort.signal.aborted) {
      // Second Ctrl-C: do not wait; the exit hooks still signal every child.
      console.error(`\n${signal} again: exiting without waiting for the services.`);
      process.exit(130);
    }
    console.error(`\n${signal}: stopping the services, then the servers (Ctrl-C again to force)…`);
    abort.abort();
    signalled(signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);

  const startedAt = Date.now();
  let system: RunningSystem;
  try {
    system = await startSystem({ ...options, detached: true, signal: abort.signal });
  } catch (error) {
    if (abort.signal.aborted) {
      console.error('Stopped before start-up finished.');
      process.exit(0);
    }
    console.error(`\nStart-up failed: ${describeError(error)}`);
    process.exit(1);
  }
  console.log(formatStatusTable(system, process.cwd()));
  const edgePort = process.env.CRM_EDGE_GRPC_PORT;
  if (edgePort && edgePort !== '0')
    console.log(`  Edge ingress for site agents (gRPC, INGRESS_ADDR of an agent): 127.0.0.1:${edgePort}`);
  console.log(`  Started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.\n`);

  const outcome = await Promise.race([
    stopRequested.then(() => undefined),
    system.failure.then((failure) => (abort.signal.aborted ? undefined : failure)),
  ]);
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
