/**
 * The walking skeleton across process boundaries that matter: HTTP → gateway → gRPC → customers →
 * PostgreSQL + outbox → JetStream → analytics' idempotent consumer → gRPC → HTTP. Every service runs
 * in-process on port 0 against the real servers, each with its own database and NATS namespace.
 */
import * as grpc from '@grpc/grpc-js';
import { jetstream } from '@nats-io/jetstream';
import { encodeEvent, namespacedSubject, newEvent } from '@crm/bus';
import type { Pool } from 'pg';
import { createLogger } from '@crm/log';
import { call } from '@crm/grpc';
import { customersV1 } from '@crm/proto';
import type { Principal } from '@crm/auth';
import {
  connectTestNats,
  createTestDatabase,
  testAccessToken,
  testBusNamespace,
  testRedisPrefix,
  testRedisUrl,
  testSigningKeys,
  waitFor,
  type TestDatabase,
  testId,
} from '@crm/testing';
import { startAnalyticsService } from '../../analytics/src/analytics.service';
import { loadAnalyticsConfig } from '../../analytics/src/config';
import { loadCustomersConfig } from '../../customers/src/config';
import { startCustomersService } from '../../customers/src/customers.service';
import { loadGatewayConfig } from '../src/config';
import { startGateway } from '../src/gateway';

const logger = createLogger({ service: 'test', level: 'silent' });
const ns = testBusNamespace();
const namespace = ns.subjectPrefix.slice(0, -1);
const natsUrl = process.env.CRM_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

let customersDb: TestDatabase;
let analyticsDb: TestDatabase;
let stops: (() => Promise<void>)[] = [];
let base = '';
let customersAddr = '';

let adminToken = '';
const as = async (p: Partial<Principal>) => ({ authorization: `Bearer ${await testAccessToken(p)}` });

async function api(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${adminToken}`,
    ...init.headers,
  };
  const res = await fetch(`${base}${path}`, { ...init, headers });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : undefined,
    headers: res.headers,
  };
}
const post = (body: unknown, headers: Record<string, string> = {}) =>
  api('/api/v1/customers', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers,
  });
const rowCount = async (pool: Pool) =>
  Number((await pool.query('SELECT count(*) FROM customers')).rows[0].count);

beforeAll(async () => {
  customersDb = await createTestDatabase();
  analyticsDb = await createTestDatabase();
  adminToken = await testAccessToken({ userId: testId('dev-admin') });
  const JWT_PUBLIC_KEY = testSigningKeys().publicKeyPem;
  const common = {
    NATS_URL: natsUrl,
    NATS_NAMESPACE: namespace,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
    JWT_PUBLIC_KEY,
  };
  const customers = await startCustomersService(
    loadCustomersConfig({
      ...common,
      DATABASE_URL: customersDb.url,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: testRedisPrefix().slice(0, -1),
    }),
    logger,
  );
  const analytics = await startAnalyticsService(
    loadAnalyticsConfig({ ...common, DATABASE_URL: analyticsDb.url }),
    logger,
  );
  customersAddr = `127.0.0.1:${customers.port}`;
  const gateway = await startGateway(
    loadGatewayConfig({
      HTTP_PORT: '0',
      CUSTOMERS_ADDR: customersAddr,
      ANALYTICS_ADDR: `127.0.0.1:${analytics.port}`,
      REDIS_URL: testRedisUrl(),
      JWT_PUBLIC_KEY,
      LOG_LEVEL: 'silent',
    }),
    logger,
  );
  base = `http://127.0.0.1:${gateway.port}`;
  stops = [gateway.stop, customers.stop, analytics.stop];
}, 30_000);

afterAll(async () => {
  for (const stop of stops) await stop();
  const nc = await connectTestNats();
  const { jetstreamManager } = await import('@nats-io/jetstream');
  await ns.cleanup(await jetstreamManager(nc));
  await nc.close();
  await customersDb?.drop();
  await analyticsDb?.drop();
});

describe('customers through the gateway', () => {
  it('creates, reads and lists a customer, and analytics counts it under its branch’s name', async () => {
    // identity names the branch (its event, as the identity service publishes it).
    const named = newEvent(
      'crm.identity.branch.created',
      testId('east'),
      { kind: 'system', userId: 'system' },
      {
        branch: { id: testId('east'), code: 'east', name: '东区分公司' },
      },
    );
    const nc = await connectTestNats();
    await jetstream(nc).publish(namespacedSubject(ns, named.type), encodeEvent(named), { msgID: named.id });
    await nc.close();
    const created = await post({
      kind: 'COMPANY',
      name: '青山家禽养殖场',
      phone: '138 0013 8000',
      branchId: testId('east'),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '青山家禽养殖场',
      phone: '+8613800138000',
      kind: 'COMPANY',
      branchId: testId('east'),
      ownerId: testId('dev-admin'),
    });
    expect(created.headers.get('location')).toBe(`/api/v1/customers/${created.body.id}`);

    const read = await api(`/api/v1/customers/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    const counts = await waitFor(
      async () => {
        const r = await api(`/api/v1/analytics/customer-counts?branchId=${testId('east')}`);
        return r.body.items[0]?.customers === 1 && r.body.items[0]?.branchName && r.body;
      },
      { timeoutMs: 5000, message: 'analytics never counted the new customer of branch east' },
    );
    expect(counts).toEqual({ items: [{ branchId: testId('east'), branchName: '东区分公司', customers: 1 }] });
  });

  it('pages with stable cursors, newest first', async () => {
    for (const n of [1, 2, 3])
      expect((await post({ kind: 'INDIVIDUAL', name: `客户${n}`, branchId: testId('paging') })).status).toBe(
        201,
      );
    const first = await api(`/api/v1/customers?branchId=${testId('paging')}&pageSize=2`);
    expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(['客户3', '客户2']);
    await post({ kind: 'INDIVIDUAL', name: '客户4', branchId: testId('paging') }); // must not shift the next page
    const second = await api(
      `/api/v1/customers?branchId=${testId('paging')}&pageSize=2&pageToken=${first.body.nextPageToken}`,
    );
    expect(second.body).toEqual({ items: [expect.objectContaining({ name: '客户1' })], nextPageToken: null });
  });

  it('keeps other branches and other owners out of reach (data scope)', async () => {
    const { body } = await post({ kind: 'COMPANY', name: '西区客户', branchId: testId('west') });
    const read = ['customers.read'];
    const other = await as({ branchId: testId('north'), dataScope: 'branch', permissions: read });
    expect((await api(`/api/v1/customers/${body.id}`, { headers: other })).status).toBe(404);
    const colleague = await as({
      branchId: testId('west'),
      userId: testId('u-colleague'),
      dataScope: 'own',
      permissions: read,
    });
    expect((await api(`/api/v1/customers/${body.id}`, { headers: colleague })).status).toBe(404);
    const list = await api(`/api/v1/customers?branchId=${testId('west')}`, { headers: colleague });
    expect(list.body.items).toEqual([]);
    const sameBranch = await as({ branchId: testId('west'), dataScope: 'branch', permissions: read });
    expect((await api(`/api/v1/customers/${body.id}`, { headers: sameBranch })).status).toBe(200);
    const readOnly = await as({ branchId: testId('west'), permissions: read });
    expect((await post({ kind: 'COMPANY', name: 'x' }, readOnly)).status).toBe(403);
  });

  it('refuses missing, expired and forged tokens with 401', async () => {
    expect((await api('/api/v1/customers', { headers: { authorization: '' } })).status).toBe(401);
    const expired = `Bearer ${await testAccessToken({}, -60)}`;
    expect((await api('/api/v1/customers', { headers: { authorization: expired } })).body).toMatchObject({
      status: 401,
      detail: 'access token expired',
    });
    const [h, p, sig] = adminToken.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = [
      h,
      Buffer.from(JSON.stringify({ ...claims, br: 'other' })).toString('base64url'),
      sig,
    ].join('.');
    expect((await api('/api/v1/customers', { headers: { authorization: `Bearer ${forged}` } })).status).toBe(
      401,
    );
  });

  it('publishes an OpenAPI 3.1 document generated from the routes', async () => {
    const res = await api('/api/v1/openapi.json');
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.paths['/api/v1/customers/{id}'].get['x-permission']).toBe('customers.read');
    expect(
      res.body.paths['/api/v1/customers'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['kind', 'name']);
  });

  it('answers bad input with a 4xx problem and stores nothing', async () => {
    const before = await rowCount(customersDb.pool);
    const cases: [unknown, number, string?][] = [
      ['{"kind": "COMPANY", "name": ', 400],
      [{ kind: 'COMPANY', name: 'x', extra: 1 }, 400, 'extra'],
      [{ kind: 'COMPANY', name: 42 }, 400, 'name'],
      [{ kind: 'SHIP', name: 'x' }, 400, 'kind'],
      [{ kind: 'COMPANY', name: 'x', phone: "1' OR '1'='1" }, 400, 'phone'],
      [{ kind: 'COMPANY', name: '名'.repeat(201) }, 400, 'name'],
      [{ kind: 'COMPANY', name: 'x'.repeat(200_000) }, 413],
      [[1, 2], 400],
    ];
    for (const [body, status, field] of cases) {
      const res = await post(body);
      expect({ body: String(body).slice(0, 40), status: res.status }).toEqual({
        body: String(body).slice(0, 40),
        status,
      });
      expect(res.type).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status, type: expect.stringMatching(/^urn:crm:problem:/) });
      if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await rowCount(customersDb.pool)).toBe(before);
    expect((await api('/api/v1/customers/not-a-uuid')).status).toBe(400);
    expect((await api('/api/v1/customers/5f0c8f8e-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await api('/api/v1/customers?pageSize=0')).status).toBe(400);
    expect((await api('/api/v1/customers?pageToken=garbage')).status).toBe(400);
    expect((await api('/api/v1/nothing-here')).body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('is enforced in the service too: a gRPC call without a principal is refused', async () => {
    const { CustomersService } = customersV1();
    const client = new CustomersService.Client(customersAddr, grpc.credentials.createInsecure());
    await expect(call(client.listCustomers.bind(client), {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    client.close();
  });

  it('reports readiness of every downstream service', async () => {
    const res = await api('/readyz');
    expect(res).toMatchObject({
      status: 200,
      body: { status: 'ready', services: { customers: 'SERVING', analytics: 'SERVING' } },
    });
  });
});
