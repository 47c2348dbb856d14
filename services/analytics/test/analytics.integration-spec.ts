/**
 * The analytics service in-process on port 0 against the real PostgreSQL, NATS and Redis-free
 * setup it runs with: customer events published to its namespace's CRM_CUSTOMERS stream, its
 * counts read back over gRPC as callers of different data scopes.
 */
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import type { Principal } from '@crm/auth';
import { runAsPrincipal } from '@crm/auth';
import { encodeEvent, newEvent, type EventEnvelope } from '@crm/bus';
import { call, createClient } from '@crm/grpc';
import { createLogger } from '@crm/log';
import { analyticsV1, type analyticsV1Types } from '@crm/proto';
import {
  connectTestNats,
  createTestDatabase,
  testAccessToken,
  testBusNamespace,
  testNatsUrl,
  testSigningKeys,
  waitFor,
  type TestDatabase,
} from '@crm/testing';
import { analyticsService, startAnalyticsService } from '../src/analytics.service';

jest.setTimeout(30_000);

const logger = createLogger({ service: 'analytics-test', level: 'silent' });
const ns = testBusNamespace();
const actor = { userId: 'u1', kind: 'user' as const };
let db: TestDatabase;
let nc: NatsConnection;
let js: JetStreamClient;
let env: Record<string, string>;
let service: { port: number; stop(): Promise<void> };
let client: analyticsV1Types.AnalyticsServiceClient;

beforeAll(async () => {
  db = await createTestDatabase();
  nc = await connectTestNats();
  js = jetstream(nc);
  env = {
    DATABASE_URL: db.url,
    NATS_URL: testNatsUrl(),
    NATS_NAMESPACE: ns.subjectPrefix.slice(0, -1),
    GRPC_PORT: '0',
    JWT_PUBLIC_KEY: testSigningKeys().publicKeyPem,
    LOG_LEVEL: 'silent',
  };
  service = await startAnalyticsService(analyticsService.loadConfig(env), logger);
  client = createClient(analyticsV1().AnalyticsService, `127.0.0.1:${service.port}`);
});

afterAll(async () => {
  client.close();
  await service.stop();
  await ns.cleanup(await jetstreamManager(nc));
  await nc.close();
  await db.drop();
});

/** Publishes an event as the customers service's relay does (Nats-Msg-Id = event id unless `msgID`). */
async function publish(event: EventEnvelope, msgID = event.id): Promise<void> {
  await js.publish(`${ns.subjectPrefix}${event.type}`, encodeEvent(event), { msgID });
}

const created = (branchId: string) =>
  newEvent('crm.customers.customer.created', branchId, actor, { customer: { branchId } });

async function storedCounts(): Promise<Record<string, number>> {
  const { rows } = await db.pool.query<{ branch_id: string; customers: string }>(
    'SELECT branch_id, customers FROM branch_customer_counts',
  );
  return Object.fromEntries(rows.map((r) => [r.branch_id, Number(r.customers)]));
}

/** The counts a caller gets over gRPC, as the gateway asks with the caller's token. */
async function countsAs(principal: Partial<Principal> | undefined, branchId = '') {
  const token = principal && (await testAccessToken(principal));
  const { counts } = await runAsPrincipal(
    undefined,
    () => call(client.getBranchCustomerCounts.bind(client), { branchId }),
    token,
  );
  return Object.fromEntries(counts.map((c) => [c.branchId, c.customers]));
}

describe('analytics', () => {
  it('counts each created customer once, even when its event is delivered again', async () => {
    const first = created('b1');
    await publish(first);
    await publish(created('b1'));
    // The same event again, as a redelivery brings it (another message, the same event id).
    await publish(first, `${first.id}-again`);
    // Events other than creations change nothing.
    await publish(newEvent('crm.customers.customer.updated', 'b1', actor, {}));
    // One consumer handles the stream in order: once b2's event is counted, everything before it was.
    await publish(created('b2'));
    await waitFor(async () => (await storedCounts()).b2 === 1, { message: 'b2 counted' });
    expect(await storedCounts()).toEqual({ b1: 2, b2: 1 });
    const { rows } = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM inbox');
    expect(Number(rows[0]!.n)).toBe(4);
  });

  it('resumes after a restart where it stopped, counting nothing twice', async () => {
    await service.stop();
    await publish(created('b2'));
    service = await startAnalyticsService(
      analyticsService.loadConfig({ ...env, GRPC_PORT: String(service.port) }),
      logger,
    );
    await waitFor(async () => (await storedCounts()).b2 === 2, {
      message: 'the event published while stopped counted',
    });
    expect(await storedCounts()).toEqual({ b1: 2, b2: 2 });
  });

  it('answers the counts above over gRPC within the caller’s data scope', async () => {
    const reader = { permissions: ['analytics.read'], branchId: 'b1' };
    expect(await countsAs({ ...reader, dataScope: 'all' })).toEqual({ b1: '2', b2: '2' });
    expect(await countsAs({ ...reader, dataScope: 'all' }, 'b2')).toEqual({ b2: '2' });
    expect(await countsAs({ ...reader, dataScope: 'branch' })).toEqual({ b1: '2' });
    expect(await countsAs({ ...reader, dataScope: 'branch' }, 'b2')).toEqual({});
  });

  it('refuses a caller without a token or without analytics.read', async () => {
    await expect(countsAs(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(countsAs({ permissions: ['customers.read'] })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
  });
});
