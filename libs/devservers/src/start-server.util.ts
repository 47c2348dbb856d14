import type { DevServer } from './dev-server.types';
import { readTail, spawnServer, type ServerProcessOptions } from './server-process.util';
import { redactUrl } from './url.util';
import { pollUntil } from './wait.util';

export const DEFAULT_START_TIMEOUT_MS = 30_000;

/** A readable reason from a driver error (Node's AggregateError for dual-stack connects has no message). */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && !error.message) {
    return error.errors.map(describeError).join('; ');
  }
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}

/** Uses the server at `url`: it must answer now, else the error names the server and the URL. */
export async function useGivenServer(
  what: string,
  url: string,
  probe: (url: string) => Promise<void>,
): Promise<DevServer> {
  try {
    await probe(url);
  } catch (error) {
    throw new Error(`${what} at ${redactUrl(url)} does not answer: ${describeError(error)}`, {
      cause: error,
    });
  }
  return { url, started: false, stop: async () => undefined };
}

export interface StartServerOptions extends ServerProcessOptions {
  /** Human name for messages, e.g. 'NATS (nats-server)'. */
  what: string;
  url: string;
  probe: () => Promise<void>;
  timeoutMs?: number;
  /** Where the server keeps its data, when it is worth telling (PostgreSQL's cluster). */
  dataLocation?: string;
}

/** Spawns the server and waits until `probe` passes; on failure stops it and shows its log tail. */
export async function startServer(options: StartServerOptions): Promise<DevServer> {
  const proc = await spawnServer(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const died = new AbortController();
  void proc.exited.then(() => died.abort());
  const ready = await pollUntil(
    async () => {
      await options.probe();
      return true;
    },
    { timeoutMs, signal: died.signal },
  ).catch(() => undefined);
  if (ready !== true) {
    const reason = died.signal.aborted
      ? `exited (${JSON.stringify(await proc.exited)}) before accepting connections`
      : `did not accept connections within ${timeoutMs} ms`;
    await proc.stop();
    const tail = await readTail(options.logFile);
    throw new Error(
      `${options.what} ${reason} on port ${options.port}. Last lines of ${options.logFile}:\n${tail}`,
    );
  }
  return {
    url: options.url,
    started: true,
    pid: proc.pid,
    logFile: options.logFile,
    dataLocation: options.dataLocation,
    stop: () => proc.stop(),
  };
}
