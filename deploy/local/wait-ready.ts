import { setTimeout as delay } from 'node:timers/promises';
import { describeError } from '@crm/devservers';
import { checkGrpcHealth, checkHttp } from './readiness';
import type { ServiceExit, ServiceProcess } from './service-process';
import type { SystemConfig } from './system-options';
import type { RunningService } from './system.types';

const READY_POLL_MS = 200;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function describeExit(exit: ServiceExit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}

const indent = (lines: string[]): string =>
  lines.length ? lines.map((line) => `    ${line}`).join('\n') : '    (no output)';

/**
 * Waits for the port the service announces once it listens (@crm/runtime) and returns it. Until
 * then the runner does not know where to probe: it gives port 0 to every service without a fixed one.
 */
export async function waitListening(
  config: SystemConfig,
  info: RunningService,
  proc: ServiceProcess,
  signal: AbortSignal,
): Promise<number> {
  const stopTimer = new AbortController();
  const timeout = delay(config.readyTimeoutMs, 'timeout' as const, {
    signal: AbortSignal.any([signal, stopTimer.signal]),
  });
  try {
    const port = await Promise.race([proc.listening, timeout]);
    if (port === 'timeout') {
      throw new Error(
        `Service "${info.name}" did not announce a listening port within ${config.readyTimeoutMs / 1000} s. ` +
          `Its last output:\n${indent(proc.tail())}`,
      );
    }
    if (port === undefined) {
      const exit = await proc.exited;
      throw new Error(
        `Service "${info.name}" stopped (${describeExit(exit)}) before it was ready. Its last output:\n${indent(proc.tail())}`,
      );
    }
    return port;
  } finally {
    stopTimer.abort(); // its rejection lands in the settled race
  }
}

/** Polls the health check until SERVING (gRPC) or `GET /readyz` 200 (HTTP). */
export async function waitReady(
  config: SystemConfig,
  info: RunningService,
  proc: ServiceProcess,
  signal: AbortSignal,
): Promise<void> {
  const what = info.kind === 'grpc' ? `gRPC health check on ${info.address}` : `GET ${info.url}/readyz`;
  const deadline = Date.now() + config.readyTimeoutMs;
  let problem = 'no answer yet';
  for (;;) {
    signal.throwIfAborted();
    try {
      if (info.kind === 'grpc') {
        const status = await checkGrpcHealth(config.rootDir, info.address);
        if (status === 'SERVING') return;
        problem = `status ${status}`;
      } else {
        const status = await checkHttp(`http://${info.address}/readyz`);
        if (status === 200) return;
        problem = `HTTP ${status}`;
      }
    } catch (error) {
      problem = describeError(error);
    }
    if (proc.hasExited()) {
      const exit = await proc.exited;
      throw new Error(
        `Service "${info.name}" stopped (${describeExit(exit)}) before it was ready. Its last output:\n${indent(proc.tail())}`,
      );
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `Service "${info.name}" was not ready within ${config.readyTimeoutMs / 1000} s (${what}: ${problem}). ` +
          `Its last output:\n${indent(proc.tail())}`,
      );
    }
    await Promise.race([sleep(READY_POLL_MS), proc.exited]);
  }
}
