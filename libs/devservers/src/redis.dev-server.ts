import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DevServer, DevServerOptions } from './dev-server.types';
import { probeRedis } from './probe.util';
import { requireProgram } from './program.util';
import { startServer, useGivenServer } from './start-server.util';

export const DEFAULT_REDIS_PORT = 6380;

export const REDIS_INSTALL_HINTS = [
  'Debian/Ubuntu: sudo apt-get install redis-server',
  'macOS:         brew install redis',
];

/**
 * Redis: the server at `url` if given (it must answer), else a `redis-server` we start on
 * 127.0.0.1:`port` (default 6380, beside a system server on 6379), persisting to an
 * append-only file under `<dataDir>/redis`.
 */
export async function ensureRedis(options: DevServerOptions): Promise<DevServer> {
  if (options.url) return useGivenServer('Redis', options.url, (url) => probeRedis(url));
  const urlEnvVar = options.urlEnvVar ?? 'CRM_REDIS_URL';
  const command = await requireProgram('redis-server', {
    purpose: 'Redis',
    install: REDIS_INSTALL_HINTS,
    urlEnvVar,
  });
  const port = options.port ?? DEFAULT_REDIS_PORT;
  const dir = path.join(options.dataDir, 'redis');
  await mkdir(dir, { recursive: true });
  const url = `redis://127.0.0.1:${port}`;
  return startServer({
    what: 'Redis (redis-server)',
    name: 'redis-server',
    command,
    args: ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes'],
    port,
    portHint: `Set ${urlEnvVar} to use a running Redis server instead.`,
    logFile: path.join(dir, 'redis-server.log'),
    stateFile: path.join(dir, 'redis-server.state.json'),
    detached: options.detached ?? false,
    stopSignal: 'SIGTERM',
    url,
    probe: () => probeRedis(url, 1_000),
    timeoutMs: options.startTimeoutMs,
  });
}
