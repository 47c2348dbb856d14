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
  testId,
  waitFor,
  type TestDatabase,
} from '@crm/testing';
import { analyticsService, startAnalyticsService } from '../src/analytics.service';

jest.setTimeout(30_000);

const logger = createLogger({ service: 'analytics-test', level: 'silent' });
const ns = testBusNamespace();
const actor = { userId: 'u1', kind: 'user' as const };
// Branch ids are UUIDs (the service refuses any other in a request); the labels keep them readable.
const B1 = testId('b1');
const B2 = testId('b2');
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
    const first = created(B1);
    await publish(first);
    await publish(created(B1));
    // The same event again, as a redelivery brings it (another message, the same event id).
    await publish(first, `${first.id}-again`);
    // Events other than creations change nothing.
    await publish(newEvent('crm.customers.customer.updated', B1, actor, {}));
    // One consumer handles the stream in order: once b2's event is counted, everything before it was.
    await publish(created(B2));
    await waitFor(async () => (await storedCounts())[B2] === 1, { message: 'b2 counted' });
    expect(await storedCounts()).toEqual({ [B1]: 2, [B2]: 1 });
    const { rows } = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM inbox');
    expect(Number(rows[0]!.n)).toBe(4);
  });

  it('resumes after a restart where it stopped, counting nothing twice', async () => {
    await service.stop();
    await publish(created(B2));
    service = await startAnalyticsService(
      analyticsService.loadConfig({ ...env, GRPC_PORT: String(service.port) }),
      logger,
    );
    await waitFor(async () => (await storedCounts())[B2] === 2, {
      message: 'the event published while stopped counted',
    });
    expect(await storedCounts()).toEqual({ [B1]: 2, [B2]: 2 });
  });

  it('answers the counts above over gRPC within the caller’s data scope', async () => {
    const reader = { permissions: ['analytics.read'], branchId: B1 };
    expect(await countsAs({ ...reader, dataScope: 'all' })).toEqual({ [B1]: '2', [B2]: '2' });
    expect(await countsAs({ ...reader, dataScope: 'all' }, B2)).toEqual({ [B2]: '2' });
    expect(await countsAs({ ...reader, dataScope: 'branch' })).toEqual({ [B1]: '2' });
    expect(await countsAs({ ...reader, dataScope: 'branch' }, B2)).toEqual({});
    // An id that is not a UUID is refused by the handler, naming the field.
    await expect(countsAs({ ...reader, dataScope: 'all' }, 'b2')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [{ field: 'branchId', message: 'must be a UUID' }],
    });
  });

  it('names the branches from identity’s events, the newest change winning', async () => {
    const branchEvent = (type: string, name: string, occurredAt: string) => ({
      ...newEvent(type, B1, actor, { branch: { id: B1, code: 'b1', name } }),
      occurredAt,
    });
    await publish(branchEvent('crm.identity.branch.created', '东区', '2026-01-01T00:00:00Z'));
    await publish(branchEvent('crm.identity.branch.updated', '东区分公司', '2026-02-01T00:00:00Z'));
    // Older than what is stored (arriving late): changes nothing.
    await publish(branchEvent('crm.identity.branch.updated', '旧名', '2026-01-15T00:00:00Z'));
    const names = async () => {
      const token = await testAccessToken({
        permissions: ['analytics.read'],
        dataScope: 'all',
        branchId: B1,
      });
      const { counts } = await runAsPrincipal(
        undefined,
        () => call(client.getBranchCustomerCounts.bind(client), { branchId: '' }),
        token,
      );
      return Object.fromEntries(counts.map((c) => [c.branchId, c.branchName]));
    };
    // The consumer handles the stream in order: when all three are in its inbox, the late one came last.
    await waitFor(
      async () => {
        const { rows } = await db.pool.query(
          "SELECT count(*)::int AS n FROM inbox WHERE consumer LIKE '%analytics-branches'",
        );
        return rows[0].n === 3;
      },
      { message: 'the three branch events handled' },
    );
    // A branch analytics has not seen named has no name (absent on the wire, null over REST).
    expect(await names()).toEqual({ [B1]: '东区分公司', [B2]: undefined });
  });

  it('refuses a caller without a token or without analytics.read', async () => {
    await expect(countsAs(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(countsAs({ permissions: ['customers.read'] })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
  });
});
