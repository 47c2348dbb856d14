/**
 * The walking skeleton across process boundaries that matter: HTTP → gateway → gRPC → customers →
 * PostgreSQL + outbox → JetStream → analytics' idempotent consumer → gRPC → HTTP. Every service runs
 * in-process on port 0 against the real servers, each with its own database and NATS namespace.
 */
import * as grpc from '@grpc/grpc-js';
import { jetstream } from '@nats-io/jetstream';
import { encodeEvent, namespacedSubject, newEvent } from '@crm/bus';
import type { Pool } from 'pg';
import { call } from '@crm/grpc';
import { customersV1 } from '@crm/proto';
import { callApi, connectTestNats, testAccessToken, testId, waitFor, type ApiInit } from '@crm/testing';
import { as, startCustomersStack, type CustomersStack } from './support/customers-test-stack';

let stack: CustomersStack;
let base = '';
let customersAddr = '';

let adminToken = '';

const api = (path: string, init: ApiInit = {}) => callApi(`${base}${path}`, { token: adminToken, ...init });
const post = (body: unknown, headers: Record<string, string> = {}) =>
  api('/api/v1/customers', { method: 'POST', body, headers });
const rowCount = async (pool: Pool) =>
  Number((await pool.query('SELECT count(*) FROM customers')).rows[0].count);

beforeAll(async () => {
  stack = await startCustomersStack({ analytics: true });
  adminToken = await testAccessToken({ userId: testId('dev-admin') });
  base = stack.base;
  customersAddr = stack.customersAddr;
}, 30_000);

afterAll(async () => {
  await stack?.stop();
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
    await jetstream(nc).publish(namespacedSubject(stack.ns, named.type), encodeEvent(named), {
      msgID: named.id,
    });
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
        return r.body.counts[0]?.customers === '1' && r.body.counts[0]?.branchName && r.body;
      },
      { timeoutMs: 5000, message: 'analytics never counted the new customer of branch east' },
    );
    // By the REST conventions: the response's own member name, int64 as a string.
    expect(counts).toEqual({
      counts: [{ branchId: testId('east'), branchName: '东区分公司', customers: '1' }],
    });
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
    const before = await rowCount(stack.pool);
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
    expect(await rowCount(stack.pool)).toBe(before);
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
