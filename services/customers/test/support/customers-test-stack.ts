/**
 * The customers service and the gateway (and analytics, when a test asks for it) in this process on
 * the real PostgreSQL, NATS and Redis (@crm/testing's startTestStack: a database, NATS namespace and
 * Redis prefix of their own), with the helpers the customers-*.integration-spec.ts files share.
 */
import type { Pool } from 'pg';
import type { Principal } from '@crm/auth';
import { analyticsService } from '@crm/service-analytics';
import { gatewayService } from '@crm/service-gateway';
import {
  callApi,
  startTestStack,
  testAccessToken,
  type ApiAnswer,
  type ApiInit,
  type TestDatabase,
  type TestStack,
  type TestStackService,
} from '@crm/testing';
import { customersService } from '../../src';

export type ApiResponse = ApiAnswer;

export interface CustomersStack extends Pick<TestStack, 'ns' | 'redis' | 'nc'> {
  base: string;
  customersAddr: string;
  db: TestDatabase;
  pool: Pool;
  /** The customers service's Redis key prefix (ends with ':'). */
  redisPrefix: string;
  /** Calls the gateway (`path` from its root) as the test administrator, or with the headers given (e.g. `await as({...})`). */
  api(path: string, init?: ApiInit): Promise<ApiResponse>;
  /** Stops the customers service and starts it again on the same port and database. */
  restartCustomers(): Promise<void>;
  stop(): Promise<void>;
}

/** Authorization headers of a principal (defaults: an administrator of branch `main`, scope all). */
export const as = async (p: Partial<Principal>) => ({ authorization: `Bearer ${await testAccessToken(p)}` });

// Nothing listens there: a stack without analytics never calls it.
const gateway: TestStackService = {
  ...gatewayService,
  env: { ANALYTICS_ADDR: '127.0.0.1:1', RATE_LIMIT_API_PER_MINUTE: '100000' },
};

/** `overrides`: extra environment of the customers service and of the gateway (limits under test). */
export async function startCustomersStack(
  overrides: {
    customers?: Record<string, string>;
    gateway?: Record<string, string>;
    analytics?: boolean;
  } = {},
): Promise<CustomersStack> {
  const stack = await startTestStack({
    services: [customersService, ...(overrides.analytics ? [analyticsService] : []), gateway],
    // The gateway stays off NATS (empty = unset): these tests neither read its live feed nor tap at sites.
    env: { customers: overrides.customers ?? {}, gateway: { NATS_URL: '', ...overrides.gateway } },
  });
  const base = `http://127.0.0.1:${stack.port('gateway')}`;
  const adminToken = await testAccessToken({ userId: 'test-admin' });
  const db = stack.database('customers');
  return {
    base,
    customersAddr: stack.address('customers'),
    db,
    pool: db.pool,
    redis: stack.redis,
    redisPrefix: `${stack.redisPrefix}customers:`,
    ns: stack.ns,
    nc: stack.nc,
    api: (path, init = {}) => callApi(`${base}${path}`, { token: adminToken, ...init }),
    async restartCustomers() {
      await stack.stopService('customers');
      await stack.startService('customers');
    },
    stop: () => stack.stop(),
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
