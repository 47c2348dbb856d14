import { createClient } from 'redis';
import { randomId } from './random-id';
import { ServerUnreachableError, testRedisUrl } from './server-urls';

/** A key prefix of its own for one test file, e.g. `test:1a2b3c4d5e6f:`; give it to the code under test. */
export function testRedisPrefix(): string {
  return `test:${randomId()}:`;
}

/** The two commands cleanupRedis needs; any node-redis v5+ client fits. */
export interface RedisKeyCleaner {
  scanIterator(options: { MATCH: string; COUNT?: number }): AsyncIterable<string[]>;
  unlink(keys: string[]): Promise<number>;
}

/** Deletes every key under `prefix` (SCAN, so it never blocks the server the way KEYS would). */
export async function cleanupRedis(client: RedisKeyCleaner, prefix: string): Promise<number> {
  if (!prefix) throw new Error('cleanupRedis needs a non-empty prefix; it would delete every key');
  let deleted = 0;
  const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
  for await (const keys of client.scanIterator({ MATCH: pattern, COUNT: 500 })) {
    if (keys.length > 0) deleted += await client.unlink(keys);
  }
  return deleted;
}

/** A connected client for the test Redis; `destroy()` or `close()` it in afterAll. */
export async function connectTestRedis(opts: { url?: string } = {}) {
  const url = opts.url ?? testRedisUrl();
  // No reconnect loop: a missing server should fail the test at once, with the URL in the message.
  const client = createClient({ url, socket: { connectTimeout: 5_000, reconnectStrategy: false } });
  client.on('error', () => undefined); // connect() rejects with the same error
  try {
    await client.connect();
  } catch (err) {
    throw new ServerUnreachableError('Redis', url, err);
  }
  return client;
}

export type TestRedisClient = Awaited<ReturnType<typeof connectTestRedis>>;
