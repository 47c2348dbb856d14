// The drivers are loaded on first use: the runner starts the servers meanwhile instead of waiting.

const PROBE_TIMEOUT_MS = 2_000;

/** Resolves when PostgreSQL at `url` runs `SELECT 1`; rejects with the driver's error otherwise. */
export async function probePostgres(url: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A server going away mid-probe emits 'error' on the client; without a listener that crashes us.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Resolves when NATS at `url` accepts a connection and has JetStream enabled. */
export async function probeNats(url: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<void> {
  const { connect } = await import('@nats-io/transport-node');
  const nc = await connect({ servers: url, timeout: timeoutMs, reconnect: false, maxReconnectAttempts: 0 });
  try {
    await nc.flush();
    if (nc.info?.jetstream !== true) {
      throw new Error('it answers but JetStream is not enabled (start nats-server with -js)');
    }
  } finally {
    await nc.close().catch(() => undefined);
  }
}

/** Resolves when Redis at `url` answers PING. */
export async function probeRedis(url: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<void> {
  // No reconnects: the default client retries forever and the probe would never fail.
  const { createClient } = await import('@redis/client');
  const client = createClient({ url, socket: { connectTimeout: timeoutMs, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    if (client.isOpen) await client.close().catch(() => undefined);
  }
}
