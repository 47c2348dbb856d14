/**
 * The customers service and the gateway in-process on port 0 against the real PostgreSQL, NATS and
 * Redis, each test file with its own database, NATS namespace and Redis prefix. Shared by the
 * customers-*.integration-spec.ts files.
 */
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import type { Pool } from 'pg';
import type { Principal } from '@crm/auth';
import { createLogger } from '@crm/log';
import {
  cleanupRedis,
  connectTestNats,
  connectTestRedis,
  createTestDatabase,
  testAccessToken,
  testBusNamespace,
  testNatsUrl,
  testRedisPrefix,
  testRedisUrl,
  testSigningKeys,
  type TestBusNamespace,
  type TestDatabase,
  type TestRedisClient,
} from '@crm/testing';
import { loadCustomersConfig } from '../../customers/src/config';
import { startCustomersService } from '../../customers/src/customers.service';
import { loadGatewayConfig } from '../src/config';
import { startGateway } from '../src/gateway';

export interface ApiResponse {
  status: number;
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

export interface CustomersStack {
  base: string;
  customersAddr: string;
  db: TestDatabase;
  pool: Pool;
  redis: TestRedisClient;
  /** The customers service's Redis key prefix (ends with ':'). */
  redisPrefix: string;
  /** The NATS namespace of this stack (subjects and streams are prefixed with it). */
  ns: TestBusNamespace;
  /** A NATS connection of the test (closed by stop()). */
  nc: NatsConnection;
  /** Calls the API as the test administrator, or with the headers given (e.g. `await as({...})`). */
  api(
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResponse>;
  /** Stops the customers service and starts it again on the same port and database. */
  restartCustomers(): Promise<void>;
  stop(): Promise<void>;
}

/** Authorization headers of a principal (defaults: an administrator of branch `main`, scope all). */
export const as = async (p: Partial<Principal>) => ({ authorization: `Bearer ${await testAccessToken(p)}` });

/** `overrides`: extra environment of the customers service and of the gateway (limits under test). */
export async function startCustomersStack(
  overrides: { customers?: Record<string, string>; gateway?: Record<string, string> } = {},
): Promise<CustomersStack> {
  const logger = createLogger({ service: 'test', level: 'silent' });
  const ns = testBusNamespace();
  const db = await createTestDatabase();
  const redis = await connectTestRedis();
  const nc = await connectTestNats();
  const redisPrefix = testRedisPrefix();
  const JWT_PUBLIC_KEY = testSigningKeys().publicKeyPem;
  const customersEnv = {
    NATS_URL: testNatsUrl(),
    NATS_NAMESPACE: ns.subjectPrefix.slice(0, -1),
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
    JWT_PUBLIC_KEY,
    DATABASE_URL: db.url,
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: redisPrefix.slice(0, -1),
    ...overrides.customers,
  };
  let customers = await startCustomersService(loadCustomersConfig(customersEnv), logger);
  const customersAddr = `127.0.0.1:${customers.port}`;
  const gateway = await startGateway(
    loadGatewayConfig({
      HTTP_PORT: '0',
      CUSTOMERS_ADDR: customersAddr,
      // Not started: these tests never call analytics.
      ANALYTICS_ADDR: '127.0.0.1:9',
      REDIS_URL: testRedisUrl(),
      JWT_PUBLIC_KEY,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_API_PER_MINUTE: '100000',
      ...overrides.gateway,
    }),
    logger,
  );
  const base = `http://127.0.0.1:${gateway.port}`;
  const adminToken = await testAccessToken({ userId: 'test-admin' });

  async function api(
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> {
    const res = await fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      body:
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? init.body
            : JSON.stringify(init.body),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}`, ...init.headers },
    });
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      body: text ? JSON.parse(text) : undefined,
      headers: res.headers,
    };
  }

  return {
    base,
    customersAddr,
    db,
    pool: db.pool,
    redis,
    redisPrefix,
    ns,
    nc,
    api,
    async restartCustomers() {
      const port = customers.port;
      await customers.stop();
      customers = await startCustomersService(
        loadCustomersConfig({ ...customersEnv, GRPC_PORT: String(port) }),
        logger,
      );
    },
    async stop() {
      await gateway.stop();
      await customers.stop();
      await ns.cleanup(await jetstreamManager(nc));
      await nc.close();
      await cleanupRedis(redis, redisPrefix);
      await redis.quit();
      await db.drop();
    },
  };
}

/** Row counts of the customers tables, to show that a refused request stored nothing. */
export async function rowCounts(
  pool: Pool,
): Promise<{ customers: number; contacts: number; cards: number; outbox: number }> {
  const { rows } = await pool.query<{ t: string; n: string }>(
    `SELECT 'customers' AS t, count(*) AS n FROM customers
     UNION ALL SELECT 'contacts', count(*) FROM customer_contacts
     UNION ALL SELECT 'cards', count(*) FROM customer_cards
     UNION ALL SELECT 'outbox', count(*) FROM outbox`,
  );
  const n = (t: string) => Number(rows.find((r) => r.t === t)?.n ?? 0);
  return { customers: n('customers'), contacts: n('contacts'), cards: n('cards'), outbox: n('outbox') };
}

/** The subjects and payloads of the events in the outbox, oldest first. */
export async function outboxEvents(
  pool: Pool,
  subjectLike = '%',
): Promise<{ subject: string; payload: Record<string, unknown>; actor: { userId: string } }[]> {
  const { rows } = await pool.query<{
    subject: string;
    envelope: { payload: Record<string, unknown>; actor: { userId: string } };
  }>('SELECT subject, envelope FROM outbox WHERE subject LIKE $1 ORDER BY seq', [subjectLike]);
  return rows.map((r) => ({ subject: r.subject, payload: r.envelope.payload, actor: r.envelope.actor }));
}
