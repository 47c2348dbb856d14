import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DevServer, DevServerOptions } from './dev-server.types';
import { probeNats } from './probe.util';
import { requireProgram } from './program.util';
import { startServer, useGivenServer } from './start-server.util';

export const DEFAULT_NATS_PORT = 4223;

export const NATS_INSTALL_HINTS = [
  'Debian/Ubuntu: sudo apt-get install nats-server',
  'macOS:         brew install nats-server',
  'with Go:       go install github.com/nats-io/nats-server/v2@latest',
];

/**
 * NATS with JetStream: the server at `url` if given (it must answer), else a `nats-server` we
 * start on 127.0.0.1:`port` (default 4223, beside a system server on 4222) with its JetStream
 * store under `<dataDir>/nats`.
 */
export async function ensureNats(options: DevServerOptions): Promise<DevServer> {
  if (options.url) return useGivenServer('NATS', options.url, (url) => probeNats(url));
  const urlEnvVar = options.urlEnvVar ?? 'CRM_NATS_URL';
  const command = await requireProgram('nats-server', {
    purpose: 'NATS with JetStream',
    install: NATS_INSTALL_HINTS,
    urlEnvVar,
  });
  const port = options.port ?? DEFAULT_NATS_PORT;
  const dir = path.join(options.dataDir, 'nats');
  await mkdir(dir, { recursive: true });
  const url = `nats://127.0.0.1:${port}`;
  return startServer({
    what: 'NATS (nats-server)',
    name: 'nats-server',
    command,
    args: ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', dir],
    port,
    portHint: `Set ${urlEnvVar} to use a running NATS server instead.`,
    logFile: path.join(dir, 'nats-server.log'),
    stateFile: path.join(dir, 'nats-server.state.json'),
    detached: options.detached ?? false,
    stopSignal: 'SIGTERM',
    url,
    probe: () => probeNats(url, 1_000),
    timeoutMs: options.startTimeoutMs,
  });
}
