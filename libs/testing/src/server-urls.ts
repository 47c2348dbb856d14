/** Where the tests find the real servers; the defaults are the local ones on their standard ports. */
export function testPgUrl(): string {
  return process.env.CRM_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function testNatsUrl(): string {
  return process.env.CRM_TEST_NATS_URL || 'nats://127.0.0.1:4222';
}

export function testRedisUrl(): string {
  return process.env.CRM_TEST_REDIS_URL || 'redis://127.0.0.1:6379';
}

/** A URL fit for an error message: the password, if any, is masked. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/** The error every helper throws when a server is not there, naming the server and where it was looked for. */
export class ServerUnreachableError extends Error {
  constructor(
    readonly server: 'PostgreSQL' | 'NATS' | 'Redis',
    readonly url: string,
    cause: unknown,
  ) {
    super(
      `cannot reach ${server} at ${redactUrl(url)}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'ServerUnreachableError';
  }
}
